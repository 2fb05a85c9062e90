package no.kundeloft.revenue.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.YearMonth;
import java.util.stream.Stream;
import no.kundeloft.base.Formats;
import no.kundeloft.revenue.RevenueCorrectionService;

/**
 * Enters or corrects one month's revenue for a customer, with the reason that goes into the
 * history.
 */
class CorrectionDialog extends Dialog {

    final Select<YearMonth> month = new Select<>();
    final BigDecimalField amount = new BigDecimalField();
    final TextArea reason = new TextArea();
    final Button save = new Button();

    CorrectionDialog(
            Long customerId,
            RevenueCorrectionService corrections,
            YearMonth thisMonth,
            Runnable onDone) {
        setHeaderTitle(getTranslation("revenue.correct"));
        YearMonth latest = thisMonth;
        month.setLabel(getTranslation("revenueImport.month"));
        month.setItems(Stream.iterate(latest, m -> m.minusMonths(1)).limit(36).toList());
        month.setItemLabelGenerator(m -> Formats.month(m, getLocale()));
        month.setValue(latest.minusMonths(1));
        amount.setLabel(getTranslation("revenueImport.amount"));
        amount.setSuffixComponent(new Span("NOK"));
        reason.setLabel(getTranslation("revenue.reason"));
        reason.setMaxLength(500);
        reason.setWidthFull();
        add(new FormLayout(month, amount, reason));
        save.setText(getTranslation("common.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(
                e -> {
                    boolean missing = false;
                    if (amount.getValue() == null) {
                        amount.setErrorMessage(
                                getTranslation(
                                        "validation.required",
                                        getTranslation("revenueImport.amount")));
                        amount.setInvalid(true);
                        missing = true;
                    }
                    if (reason.getValue().isBlank()) {
                        reason.setErrorMessage(
                                getTranslation(
                                        "validation.required", getTranslation("revenue.reason")));
                        reason.setInvalid(true);
                        missing = true;
                    }
                    if (!missing) {
                        corrections.correct(
                                customerId, month.getValue(), amount.getValue(), reason.getValue());
                        close();
                        onDone.run();
                    }
                });
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }
}
