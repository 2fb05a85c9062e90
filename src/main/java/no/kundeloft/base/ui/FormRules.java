package no.kundeloft.base.ui;

import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.binder.ValueContext;
import com.vaadin.flow.data.validator.BeanValidator;

/**
 * A form field checked against its form class's bean-validation constraints (the same rules the
 * service checks, in the user's language), so the database's limits show under the field before
 * anything is sent. A blank text counts as empty, as the forms store it.
 */
public final class FormRules {

    private FormRules() {}

    public static <V> Validator<V> field(Class<?> form, String property) {
        BeanValidator bean = new BeanValidator(form, property);
        return (V value, ValueContext context) -> {
            Object checked = value instanceof String text && text.isBlank() ? null : value;
            return bean.apply(checked, context);
        };
    }
}
