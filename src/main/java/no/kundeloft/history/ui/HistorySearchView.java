package no.kundeloft.history.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.AdminTabs;
import no.kundeloft.base.ui.DateRange;
import no.kundeloft.history.ChangeRevision;
import no.kundeloft.history.HistoryEntry;
import no.kundeloft.history.HistoryFilter;
import no.kundeloft.history.HistoryService;
import no.kundeloft.history.RevisionRow;
import no.kundeloft.security.Roles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The admins' search over every save: by who, kind of record and day; a save opens to show what it
 * changed.
 */
@Route("admin/history")
@RolesAllowed(Roles.ADMIN)
public class HistorySearchView extends Div implements HasDynamicTitle {

    private final HistoryService history;
    final TextField who = new TextField();
    final ComboBox<String> recordType = new ComboBox<>();
    final DateRange days;
    final Grid<RevisionRow> grid = new Grid<>();
    private final Span count = new Span();
    private HistoryFilter filter = HistoryFilter.none();

    public HistorySearchView(HistoryService history) {
        this.history = history;
        addClassName("admin-view");
        who.setLabel(getTranslation("history.search.who"));
        who.setPrefixComponent(VaadinIcon.SEARCH.create());
        who.setClearButtonVisible(true);
        who.setValueChangeMode(ValueChangeMode.LAZY);
        who.setId("history-who");
        who.addValueChangeListener(e -> refilter());
        recordType.setLabel(getTranslation("history.search.recordType"));
        recordType.setItems(history.recordTypes());
        recordType.setItemLabelGenerator(type -> getTranslation("history.record." + type));
        recordType.setPlaceholder(getTranslation("history.search.allKinds"));
        recordType.setClearButtonVisible(true);
        recordType.setId("history-record-type");
        recordType.addValueChangeListener(e -> refilter());
        days = new DateRange(this::refilter);
        count.addClassName("customer-count");
        Div filters = new Div(who, recordType, days, count);
        filters.addClassName("filters");

        grid.addColumn(row -> Formats.dateTime(row.at(), getLocale()))
                .setHeader(getTranslation("history.search.when"))
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("when");
        grid.addColumn(this::who)
                .setHeader(getTranslation("history.search.who"))
                .setAutoWidth(true)
                .setKey("who");
        grid.addColumn(
                        row ->
                                row.recordTypes().stream()
                                        .map(type -> getTranslation("history.record." + type))
                                        .collect(Collectors.joining(", ")))
                .setHeader(getTranslation("history.search.records"))
                .setKey("records");
        grid.addComponentColumn(
                        row -> {
                            Button open =
                                    new Button(
                                            getTranslation("history.search.open"),
                                            e -> openRevision(row));
                            open.addClassName("history-open");
                            return open;
                        })
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("open");
        grid.setEmptyStateText(getTranslation("history.search.empty"));
        grid.setItems(
                query ->
                        history
                                .search(
                                        filter,
                                        PageRequest.of(
                                                query.getPage(),
                                                query.getPageSize(),
                                                Sort.by(Sort.Direction.DESC, "id")))
                                .stream(),
                query -> {
                    long total = history.count(filter);
                    count.setText(
                            getTranslation(
                                    "history.search.count", Formats.number(total, getLocale())));
                    return (int) total;
                });
        grid.addItemDoubleClickListener(e -> openRevision(e.getItem()));
        grid.setHeight("70vh");
        add(
                AdminTabs.of(this, "admin/history"),
                new H2(getTranslation("history.search.title")),
                new Paragraph(getTranslation("history.search.intro")),
                filters,
                grid);
    }

    private String who(RevisionRow row) {
        return ChangeRevision.SYSTEM.equals(row.byUsername())
                ? getTranslation("history.system")
                : row.byName() + " (" + row.byUsername() + ")";
    }

    private void refilter() {
        filter =
                new HistoryFilter(
                        who.getValue(),
                        recordType.getValue(),
                        days.fromInstant(),
                        days.untilInstant());
        grid.getDataProvider().refreshAll();
    }

    void openRevision(RevisionRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(
                getTranslation(
                        "history.search.revision",
                        Formats.dateTime(row.at(), getLocale()),
                        who(row)));
        List<HistoryEntry> entries = history.changesIn(row.id());
        dialog.add(new HistoryTimeline(entries));
        boolean cut =
                entries.stream()
                        .collect(
                                Collectors.groupingBy(
                                        HistoryEntry::recordType, Collectors.counting()))
                        .values()
                        .stream()
                        .anyMatch(count -> count >= HistoryService.RECORDS_SHOWN_PER_KIND);
        if (cut) {
            dialog.add(
                    new Paragraph(
                            getTranslation(
                                    "history.search.limit",
                                    HistoryService.RECORDS_SHOWN_PER_KIND)));
        }
        dialog.getFooter().add(new Button(getTranslation("common.close"), e -> dialog.close()));
        dialog.setWidth("min(48rem, 100%)");
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("history.search.title") + " – " + getTranslation("app.name");
    }
}
