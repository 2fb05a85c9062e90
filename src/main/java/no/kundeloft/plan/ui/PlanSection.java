package no.kundeloft.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Supplier;
import no.kundeloft.plan.PlanDetails;
import no.kundeloft.plan.PlanService;

/**
 * One card of the account plan page. It shows the plan it is given in place, whenever any section
 * changed it, and offers its own dialogs.
 */
abstract class PlanSection extends Div {

    protected final PlanChanges changes;

    PlanSection(PlanChanges changes, String titleKey, String id) {
        this.changes = changes;
        add(new H3(getTranslation(titleKey)));
        addClassNames("card", "section", "plan-section");
        setId(id);
        changes.onChange(this::show);
    }

    /** Shows {@code plan} in this section's components, keeping what the user is typing. */
    abstract void show(PlanDetails plan);

    protected PlanDetails plan() {
        return changes.plan();
    }

    protected PlanService plans() {
        return changes.plans();
    }

    protected Button addButton(String id, String key, Runnable action) {
        Button button =
                new Button(getTranslation(key), VaadinIcon.PLUS.create(), e -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    protected Dialog dialog(String titleKey, String id) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey));
        dialog.setId(id);
        dialog.setWidth("min(36rem, 100vw)");
        return dialog;
    }

    /** Saves, and closes the dialog unless the change was refused. */
    protected Button saveButton(Dialog dialog, String id, Supplier<PlanDetails> change) {
        Button save = closingButton(dialog, "common.save", change);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(id);
        return save;
    }

    protected Button removeButton(Dialog dialog, String id, Supplier<PlanDetails> change) {
        Button remove = closingButton(dialog, "plan.remove", change);
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        remove.setId(id);
        return remove;
    }

    protected void addFooter(Dialog dialog, Button... buttons) {
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()));
        dialog.getFooter().add(buttons);
    }

    private Button closingButton(Dialog dialog, String key, Supplier<PlanDetails> change) {
        return new Button(
                getTranslation(key),
                e -> {
                    if (changes.apply(this, change)) {
                        dialog.close();
                    }
                });
    }
}
