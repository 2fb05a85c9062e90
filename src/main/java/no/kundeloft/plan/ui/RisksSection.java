package no.kundeloft.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Objects;
import no.kundeloft.base.ui.Confirm;
import no.kundeloft.base.ui.NarrowScreen;
import no.kundeloft.plan.PlanDetails;

/** The plan's risks, likelihood times impact, the high ones marked; removed after a question. */
final class RisksSection extends PlanSection {

    private final Grid<PlanDetails.Risk> grid = new Grid<>();

    RisksSection(PlanChanges changes) {
        super(changes, "plan.risks", "plan-risks");
        grid.setId("plan-risks-grid");
        grid.addColumn(PlanDetails.Risk::description)
                .setHeader(getTranslation("plan.risk"))
                .setFlexGrow(1)
                .setKey("description");
        grid.addColumn(
                        r ->
                                r.likelihood()
                                        + " × "
                                        + r.impact()
                                        + " = "
                                        + r.likelihood() * r.impact())
                .setHeader(getTranslation("plan.riskLevel"))
                .setAutoWidth(true)
                .setKey("level");
        grid.addColumn(r -> Objects.toString(r.mitigation(), ""))
                .setHeader(getTranslation("plan.mitigation"))
                .setFlexGrow(1)
                .setKey("mitigation");
        grid.setPartNameGenerator(r -> r.likelihood() * r.impact() >= 15 ? "overdue" : null);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("plan.noRisks"));
        NarrowScreen.hideOnPhone(grid, "mitigation");
        add(grid);
        if (plan().mayEdit()) {
            grid.addItemClickListener(e -> confirmRemove(e.getItem()));
            add(addButton("plan-add-risk", "plan.addRisk", this::openDialog));
        }
        show(plan());
    }

    @Override
    void show(PlanDetails plan) {
        grid.setItems(plan.risks());
    }

    private void confirmRemove(PlanDetails.Risk risk) {
        PlanDetails plan = plan();
        Confirm.destructive(
                this,
                getTranslation("plan.removeRisk.title"),
                risk.description(),
                getTranslation("plan.remove"),
                () ->
                        changes.apply(
                                this,
                                () ->
                                        plans().removeRisk(
                                                        plan.customerId(),
                                                        plan.year(),
                                                        risk.id())));
    }

    private void openDialog() {
        PlanDetails plan = plan();
        Dialog dialog = dialog("plan.risk", "risk-dialog");
        TextField description = new TextField(getTranslation("plan.risk"));
        description.setId("risk-description");
        IntegerField likelihood = scale("plan.likelihood", "risk-likelihood");
        IntegerField impact = scale("plan.impact", "risk-impact");
        TextArea mitigation = new TextArea(getTranslation("plan.mitigation"));
        mitigation.setId("risk-mitigation");
        dialog.add(new FormLayout(description, likelihood, impact, mitigation));
        Button save =
                saveButton(
                        dialog,
                        "risk-save",
                        () ->
                                plans().addRisk(
                                                plan.customerId(),
                                                plan.year(),
                                                description.getValue(),
                                                likelihood.getValue() == null
                                                        ? 0
                                                        : likelihood.getValue(),
                                                impact.getValue() == null ? 0 : impact.getValue(),
                                                mitigation.getValue()));
        addFooter(dialog, save);
        dialog.open();
    }

    private IntegerField scale(String key, String id) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setId(id);
        field.setMin(1);
        field.setMax(5);
        field.setValue(3);
        field.setStepButtonsVisible(true);
        return field;
    }
}
