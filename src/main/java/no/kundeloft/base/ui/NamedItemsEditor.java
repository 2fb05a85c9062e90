package no.kundeloft.base.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import no.kundeloft.base.RefusedException;

/**
 * An admin's list of named things kept in use or retired (the offering catalogue, the call
 * scorecard): a name to add (Enter adds it; a refusal shows on the field) and each item's "in use"
 * box.
 */
public class NamedItemsEditor<T> extends Div {

    /** Turns an item in or out of use. */
    @FunctionalInterface
    public interface ActiveSetter<T> {
        void set(T item, boolean active);
    }

    private final Grid<T> grid = new Grid<>();
    private final Supplier<List<T>> items;

    public NamedItemsEditor(
            String idPrefix,
            String nameLabel,
            String addLabel,
            String activeLabel,
            int maxLength,
            Supplier<List<T>> items,
            Consumer<String> add,
            Function<T, String> name,
            Predicate<T> active,
            ActiveSetter<T> setActive) {
        this.items = items;
        TextField field = new TextField(nameLabel);
        field.setId(idPrefix + "-name");
        field.setMaxLength(maxLength);
        Button addButton =
                new Button(
                        addLabel,
                        e -> {
                            try {
                                add.accept(field.getValue());
                                field.clear();
                                field.setInvalid(false);
                                refresh();
                            } catch (RefusedException refused) {
                                field.setErrorMessage(
                                        getTranslation(refused.messageKey(), refused.arguments()));
                                field.setInvalid(true);
                            } catch (ConstraintViolationException invalid) {
                                field.setErrorMessage(
                                        getTranslation("namedItems.nameRequired", maxLength));
                                field.setInvalid(true);
                            }
                        });
        addButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addButton.setId(idPrefix + "-add");
        addButton.addClickShortcut(Key.ENTER);
        Div form = new Div(field, addButton);
        form.addClassName("phasing");
        grid.addColumn(name::apply).setHeader(nameLabel).setFlexGrow(1);
        grid.addComponentColumn(
                        item -> {
                            Checkbox inUse = new Checkbox(active.test(item));
                            inUse.setAriaLabel(activeLabel + " " + name.apply(item));
                            inUse.addValueChangeListener(
                                    e -> {
                                        try {
                                            setActive.set(item, e.getValue());
                                        } catch (RefusedException refused) {
                                            Refusals.show(this, refused);
                                        }
                                        refresh();
                                    });
                            return inUse;
                        })
                .setHeader(activeLabel)
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(form, grid);
        refresh();
    }

    public Grid<T> grid() {
        return grid;
    }

    private void refresh() {
        grid.setItems(items.get());
    }
}
