package no.kundeloft.customer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.stream.Collectors;
import no.kundeloft.base.Problem;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.base.ui.Saved;
import no.kundeloft.customer.CustomerDetails;
import no.kundeloft.customer.CustomerFilter;
import no.kundeloft.customer.CustomerListItem;
import no.kundeloft.customer.CustomerMergeService;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.customer.MergePreview;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A leader merges a duplicate into the customer on the page: chooses the duplicate by name or
 * number, sees what moves, which empty fields are filled from it and why the merge cannot be done
 * if it cannot, and confirms — the duplicate is deleted.
 */
class MergeDialog extends Dialog {

    final ComboBox<CustomerListItem> other = new ComboBox<>();
    final Div preview = new Div();
    final Button merge = new Button();

    MergeDialog(
            CustomerDetails customer,
            CustomerService customers,
            CustomerMergeService merges,
            Runnable onDone) {
        setHeaderTitle(getTranslation("merge.title", customer.name()));
        setWidth("min(36rem, 100vw)");
        other.setLabel(getTranslation("merge.other"));
        other.setWidthFull();
        other.setItemLabelGenerator(
                c -> c.orgNumber() == null ? c.name() : c.name() + " · " + c.orgNumber());
        other.setItems(
                query ->
                        customers
                                .list(
                                        CustomerFilter.text(query.getFilter().orElse("")),
                                        PageRequest.of(
                                                query.getPage(),
                                                query.getPageSize(),
                                                Sort.by("name")))
                                .stream()
                                .filter(c -> !c.id().equals(customer.id())));
        other.addValueChangeListener(
                e ->
                        show(
                                e.getValue() == null
                                        ? null
                                        : merges.preview(customer.id(), e.getValue().id())));
        preview.setId("merge-preview");
        merge.setId("merge-confirm");
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        merge.setEnabled(false);
        merge.setText(getTranslation("merge.confirm", "…"));
        merge.addClickListener(
                e -> {
                    CustomerListItem duplicate = other.getValue();
                    try {
                        merges.merge(customer.id(), duplicate.id());
                        close();
                        Saved.show(this, "merge.done", duplicate.name(), customer.name());
                        onDone.run();
                    } catch (RefusedException refused) {
                        Refusals.show(this, refused);
                        show(merges.preview(customer.id(), duplicate.id()));
                    }
                });
        add(new Paragraph(getTranslation("merge.intro", customer.name())), other, preview);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), merge);
    }

    private void show(MergePreview shown) {
        preview.removeAll();
        merge.setEnabled(shown != null && shown.canMerge());
        if (shown == null) {
            return;
        }
        merge.setText(getTranslation("merge.confirm", shown.drop().name()));
        preview.add(
                new Paragraph(
                        shown.moves().isEmpty()
                                ? getTranslation("merge.nothingMoves")
                                : getTranslation(
                                        "merge.moves",
                                        shown.moves().stream()
                                                .map(this::text)
                                                .collect(Collectors.joining(", ")))));
        if (!shown.filledIn().isEmpty()) {
            preview.add(
                    new Paragraph(
                            getTranslation(
                                    "merge.filledIn",
                                    shown.keep().name(),
                                    shown.filledIn().stream()
                                            .map(c -> getTranslation("import.column." + c.name()))
                                            .collect(Collectors.joining(", ")))));
        }
        shown.conflicts()
                .forEach(
                        conflict -> {
                            Span line = new Span(text(conflict));
                            line.addClassNames("handover-load", "over");
                            preview.add(line);
                        });
    }

    private String text(Problem problem) {
        return getTranslation(problem.messageKey(), problem.arguments());
    }

    /** For the tests: the preview's text. */
    String previewText() {
        return preview.getElement().getTextRecursively();
    }
}
