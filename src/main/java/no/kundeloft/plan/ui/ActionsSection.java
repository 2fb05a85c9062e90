package no.kundeloft.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.NarrowScreen;
import no.kundeloft.plan.PlanDetails;

/** The plan's actions: who does what by when (tasks of the plan, also on the owner's task list). */
final class ActionsSection extends PlanSection {

    private final Grid<PlanDetails.Action> grid = new Grid<>();

    ActionsSection(PlanChanges changes) {
        super(changes, "plan.actions", "plan-actions");
        grid.setId("plan-actions-grid");
        grid.addColumn(
                        a ->
                                a.description()
                                        + (a.carriedOver()
                                                ? " (" + getTranslation("plan.carriedOver") + ")"
                                                : ""))
                .setHeader(getTranslation("plan.action"))
                .setFlexGrow(1)
                .setKey("description");
        grid.addColumn(PlanDetails.Action::ownerName)
                .setHeader(getTranslation("visit.followUpOwner"))
                .setAutoWidth(true)
                .setKey("owner");
        grid.addColumn(a -> Formats.date(a.dueDate(), getLocale()))
                .setHeader(getTranslation("plan.due"))
                .setAutoWidth(true)
                .setKey("due");
        grid.addColumn(a -> getTranslation(statusKey(a)))
                .setHeader(getTranslation("plan.progress"))
                .setAutoWidth(true)
                .setKey("status");
        grid.setPartNameGenerator(a -> a.overdue() ? "overdue" : null);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("plan.noActions"));
        NarrowScreen.hideOnPhone(grid, "owner");
        add(grid);
        if (plan().mayEdit()) {
            grid.addItemClickListener(e -> openDialog(e.getItem()));
            add(addButton("plan-add-action", "plan.addAction", () -> openDialog(null)));
        }
        show(plan());
    }

    @Override
    void show(PlanDetails plan) {
        grid.setItems(plan.actions());
    }

    private static String statusKey(PlanDetails.Action action) {
        return action.done() ? "plan.done" : action.overdue() ? "plan.overdue" : "plan.open";
    }

    private void openDialog(PlanDetails.Action action) {
        PlanDetails plan = plan();
        Dialog dialog = dialog("plan.action", "action-dialog");
        TextField description = new TextField(getTranslation("plan.action"));
        description.setId("action-description");
        DatePicker due = new DatePicker(getTranslation("plan.due"));
        due.setId("action-due");
        Checkbox done = new Checkbox(getTranslation("plan.done"));
        done.setId("action-done");
        if (action != null) {
            description.setValue(action.description());
            due.setValue(action.dueDate());
            done.setValue(action.done());
        }
        dialog.add(new FormLayout(description, due, done));
        Button save =
                saveButton(
                        dialog,
                        "action-save",
                        () ->
                                plans().saveAction(
                                                plan.customerId(),
                                                plan.year(),
                                                action == null ? null : action.id(),
                                                action == null ? 0 : action.version(),
                                                description.getValue(),
                                                action == null || action.ownerId() == null
                                                        ? plan.ownerId()
                                                        : action.ownerId(),
                                                due.getValue(),
                                                done.getValue()));
        if (action != null) {
            dialog.getFooter()
                    .add(
                            removeButton(
                                    dialog,
                                    "action-remove",
                                    () ->
                                            plans().removeAction(
                                                            plan.customerId(),
                                                            plan.year(),
                                                            action.id())));
        }
        addFooter(dialog, save);
        dialog.open();
    }
}
