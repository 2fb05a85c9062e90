package no.kundeloft.search.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import no.kundeloft.base.Formats;
import no.kundeloft.search.SearchHit;
import no.kundeloft.search.SearchKind;
import no.kundeloft.search.SearchService;

/**
 * The global search: finds as one types, grouped by kind; the records opened last while the field
 * is empty. ↓ and ↑ move through the hits, Enter opens one (in the field: the first), Escape
 * closes.
 */
public class SearchDialog extends Dialog {

    static final int PER_KIND = 5;
    private static final Map<SearchKind, VaadinIcon> ICONS =
            Map.of(
                    SearchKind.CUSTOMER,
                    VaadinIcon.BUILDING,
                    SearchKind.CONTACT,
                    VaadinIcon.USER_CARD,
                    SearchKind.PERSON,
                    VaadinIcon.USER,
                    SearchKind.VISIT,
                    VaadinIcon.CALENDAR,
                    SearchKind.DEAL,
                    VaadinIcon.FUNNEL);

    private final SearchService search;
    private final TextField field = new TextField();
    private final Div results = new Div();
    private List<SearchHit> shown = List.of();

    public SearchDialog(SearchService search) {
        this.search = search;
        setId("search-dialog");
        addClassName("search-dialog");
        setWidth("min(40rem, 100vw)");
        setTop("10vh");
        field.setId("search-field");
        field.setWidthFull();
        field.setPlaceholder(getTranslation("search.placeholder"));
        field.setAriaLabel(getTranslation("search.label"));
        field.setPrefixComponent(VaadinIcon.SEARCH.create());
        field.setClearButtonVisible(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(200);
        field.addValueChangeListener(e -> show(e.getValue()));
        field.addKeyDownListener(Key.ENTER, e -> shown.stream().findFirst().ifPresent(this::open));
        results.setId("search-results");
        results.addClassName("search-results");
        add(field, results);
        // ↓ from the field or a hit goes to the next hit, ↑ to the one before (or back to the
        // field)
        getElement()
                .executeJs(
                        """
                const dialog = this;
                dialog.addEventListener('keydown', e => {
                  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
                  const hits = [...document.querySelectorAll('#search-results .search-hit')];
                  if (!hits.length) return;
                  const at = hits.indexOf(document.activeElement);
                  e.preventDefault();
                  if (e.key === 'ArrowDown') { hits[Math.min(at + 1, hits.length - 1)].focus(); }
                  else if (at <= 0) { document.getElementById('search-field').focus(); }
                  else { hits[at - 1].focus(); }
                });""");
        show("");
        field.focus();
    }

    /** For tests and for a search opened with text already typed. */
    void type(String text) {
        field.setValue(text);
    }

    private void show(String text) {
        results.removeAll();
        if (text == null || text.strip().length() < SearchService.MIN_LENGTH) {
            List<SearchHit> recent = search.recent();
            shown = recent;
            results.add(new H4(getTranslation("search.recent")));
            if (recent.isEmpty()) {
                results.add(new Paragraph(getTranslation("search.noRecent")));
            }
            recent.forEach(hit -> results.add(hit(hit)));
            return;
        }
        List<SearchHit> hits = search.search(text, PER_KIND);
        shown = hits;
        if (hits.isEmpty()) {
            results.add(new Paragraph(getTranslation("search.nothing", text.strip())));
            return;
        }
        SearchKind group = null;
        for (SearchHit hit : hits) {
            if (hit.kind() != group) {
                group = hit.kind();
                results.add(new H4(getTranslation("search.kind." + group.name())));
            }
            results.add(hit(hit));
        }
    }

    private Component hit(SearchHit hit) {
        Span title = new Span(hit.title());
        title.addClassName("search-hit-title");
        String detail =
                hit.when() == null
                        ? hit.detail()
                        : Formats.dateTime(hit.when(), getLocale()) + " · " + hit.detail();
        Span line = new Span(detail);
        line.addClassName("search-hit-detail");
        Div item = new Div(ICONS.get(hit.kind()).create(), new Div(title, line));
        item.addClassNames(
                "search-hit", "search-hit-" + hit.kind().name().toLowerCase(java.util.Locale.ROOT));
        item.getElement().setAttribute("tabindex", "0");
        item.getElement().setAttribute("role", "link");
        item.getElement().setAttribute("data-link", hit.link());
        item.addClickListener(e -> open(hit));
        item.getElement()
                .addEventListener("keydown", e -> open(hit))
                .setFilter("event.key === 'Enter'");
        return item;
    }

    private void open(SearchHit hit) {
        close();
        String[] parts = hit.link().split("\\?", 2);
        UI.getCurrent()
                .navigate(
                        parts[0],
                        parts.length == 1
                                ? QueryParameters.empty()
                                : QueryParameters.fromString(parts[1]));
    }
}
