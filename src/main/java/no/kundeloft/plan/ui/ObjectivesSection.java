package no.kundeloft.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Locale;
import java.util.Objects;
import no.kundeloft.base.Formats;
import no.kundeloft.base.ui.AmountField;
import no.kundeloft.base.ui.NarrowScreen;
import no.kundeloft.plan.ObjectiveForm;
import no.kundeloft.plan.ObjectiveStatus;
import no.kundeloft.plan.PlanDetails;

/** The plan's objectives: what the customer and we should reach this year, with progress. */
final class ObjectivesSection extends PlanSection {

    private final Grid<PlanDetails.Objective> grid = new Grid<>();

    ObjectivesSection(PlanChanges changes) {
        super(changes, "plan.objectives", "plan-objectives");
        grid.setId("plan-objectives-grid");
        grid.addColumn(o -> o.description() + carriedOver(o.carriedOver()))
                .setHeader(getTranslation("plan.objective"))
                .setFlexGrow(1)
                .setKey("description");
        grid.addColumn(this::target)
                .setHeader(getTranslation("plan.target"))
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END)
                .setKey("target");
        grid.addColumn(
                        o ->
                                o.dueDate() == null
                                        ? getTranslation("plan.noDate")
                                        : Formats.date(o.dueDate(), getLocale()))
                .setHeader(getTranslation("plan.due"))
                .setAutoWidth(true)
                .setKey("due");
        grid.addColumn(
                        o ->
                                getTranslation("plan.status." + o.status().name())
                                        + " · "
                                        + o.percentDone()
                                        + "\u00a0%")
                .setHeader(getTranslation("plan.progress"))
                .setAutoWidth(true)
                .setKey("progress");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("plan.noObjectives"));
        NarrowScreen.hideOnPhone(grid, "due");
        add(grid);
        if (plan().mayEdit()) {
            grid.addItemClickListener(e -> openDialog(e.getItem()));
            add(addButton("plan-add-objective", "plan.addObjective", () -> openDialog(null)));
        }
        show(plan());
    }

    @Override
    void show(PlanDetails plan) {
        grid.setItems(plan.objectives());
    }

    private String carriedOver(boolean carriedOver) {
        return carriedOver ? " (" + getTranslation("plan.carriedOver") + ")" : "";
    }

    private String target(PlanDetails.Objective objective) {
        return objective.targetValue() == null
                ? getTranslation("plan.notMeasurable")
                : target(objective, getLocale());
    }

    /** A measurable objective's target as people read it: "3 500 000 NOK", "1 avtale". */
    static String target(PlanDetails.Objective objective, Locale locale) {
        return (Formats.amount(objective.targetValue(), locale)
                        + "\u00a0"
                        + Objects.toString(objective.targetUnit(), ""))
                .strip();
    }

    private void openDialog(PlanDetails.Objective objective) {
        Dialog dialog = dialog("plan.objective", "objective-dialog");
        TextField description = new TextField(getTranslation("plan.objective"));
        description.setId("objective-description");
        AmountField target = new AmountField(getTranslation("plan.target"));
        target.setId("objective-target");
        TextField unit = new TextField(getTranslation("plan.unit"));
        unit.setId("objective-unit");
        unit.setPlaceholder("NOK");
        DatePicker due = new DatePicker(getTranslation("plan.due"));
        due.setId("objective-due");
        Select<ObjectiveStatus> status = new Select<>();
        status.setLabel(getTranslation("plan.progress"));
        status.setId("objective-status");
        status.setItems(ObjectiveStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("plan.status." + s.name()));
        IntegerField percent = new IntegerField(getTranslation("plan.percentDone"));
        percent.setId("objective-percent");
        percent.setMin(0);
        percent.setMax(100);
        if (objective != null) {
            description.setValue(objective.description());
            target.setValue(objective.targetValue());
            unit.setValue(Objects.toString(objective.targetUnit(), ""));
            due.setValue(objective.dueDate());
            status.setValue(objective.status());
            percent.setValue(objective.percentDone());
        } else {
            status.setValue(ObjectiveStatus.OPEN);
            percent.setValue(0);
        }
        dialog.add(new FormLayout(description, target, unit, due, status, percent));
        PlanDetails plan = plan();
        Button save =
                saveButton(
                        dialog,
                        "objective-save",
                        () ->
                                plans().saveObjective(
                                                plan.customerId(),
                                                plan.year(),
                                                objective == null ? null : objective.id(),
                                                new ObjectiveForm(
                                                        description.getValue(),
                                                        target.getValue(),
                                                        unit.getValue(),
                                                        due.getValue(),
                                                        plan.ownerId(),
                                                        status.getValue(),
                                                        percent.getValue() == null
                                                                ? 0
                                                                : percent.getValue(),
                                                        objective == null
                                                                ? 0
                                                                : objective.version())));
        if (objective != null) {
            dialog.getFooter()
                    .add(
                            removeButton(
                                    dialog,
                                    "objective-remove",
                                    () ->
                                            plans().removeObjective(
                                                            plan.customerId(),
                                                            plan.year(),
                                                            objective.id())));
        }
        addFooter(dialog, save);
        dialog.open();
    }
}
