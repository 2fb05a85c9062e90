package no.kundeloft.base.ui;

import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import java.math.BigDecimal;
import java.util.Optional;
import no.kundeloft.base.Formats;

/**
 * An amount in kroner, shown grouped in the user's language ("1 500 000") and read back the way
 * people type it; text that is no amount is marked on the field and keeps the last amount.
 */
public class AmountField extends CustomField<BigDecimal> {

    private final TextField text = new TextField();

    public AmountField() {
        text.addThemeVariants(TextFieldVariant.LUMO_ALIGN_RIGHT);
        text.setAllowedCharPattern("[0-9 .,\\-\\u00a0]");
        text.setWidthFull();
        add(text);
    }

    public AmountField(String label) {
        this();
        setLabel(label);
    }

    /** The name a screen reader says where the field has no visible label (a grid cell). */
    public void setAriaLabel(String ariaLabel) {
        text.setAriaLabel(ariaLabel);
    }

    @Override
    protected BigDecimal generateModelValue() {
        if (text.getValue().isBlank()) {
            setInvalid(false);
            return null;
        }
        Optional<BigDecimal> typed = Formats.parseAmount(text.getValue(), getLocale());
        setInvalid(typed.isEmpty());
        if (typed.isEmpty()) {
            setErrorMessage(getTranslation("common.amountInvalid"));
            return getValue();
        }
        text.setValue(Formats.amount(typed.get(), getLocale()));
        return typed.get();
    }

    @Override
    protected void setPresentationValue(BigDecimal amount) {
        text.setValue(Formats.amount(amount, getLocale()));
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        text.setReadOnly(readOnly);
    }
}
