package no.kundeloft.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Objects;
import no.kundeloft.base.ui.EChart;
import no.kundeloft.base.ui.NarrowScreen;
import no.kundeloft.customer.Attitude;
import no.kundeloft.customer.BuyingRole;
import no.kundeloft.plan.PlanDetails;

/** The stakeholder map: the customer's contacts by buying role, influence and attitude. */
final class StakeholdersSection extends PlanSection {

    private final EChart map = new EChart();
    private final Grid<PlanDetails.Stakeholder> grid = new Grid<>();

    StakeholdersSection(PlanChanges changes) {
        super(changes, "plan.stakeholders", "plan-stakeholders");
        map.setId("stakeholder-map");
        map.addClassName("stakeholder-map");
        grid.setId("plan-stakeholders-grid");
        grid.addColumn(st -> st.name() + (st.title() == null ? "" : ", " + st.title()))
                .setHeader(getTranslation("plan.contact"))
                .setFlexGrow(1)
                .setKey("name");
        grid.addColumn(st -> label("plan.role.", st.buyingRole()))
                .setHeader(getTranslation("plan.buyingRole"))
                .setAutoWidth(true)
                .setKey("role");
        grid.addColumn(st -> st.influence() == null ? "–" : String.valueOf(st.influence()))
                .setHeader(getTranslation("plan.influence"))
                .setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END)
                .setKey("influence");
        grid.addColumn(st -> label("plan.attitude.", st.attitude()))
                .setHeader(getTranslation("plan.attitude"))
                .setAutoWidth(true)
                .setKey("attitude");
        grid.addColumn(st -> Objects.toString(st.reportsToName(), ""))
                .setHeader(getTranslation("plan.reportsTo"))
                .setAutoWidth(true)
                .setKey("reportsTo");
        grid.addColumn(st -> Objects.toString(st.relationshipOwnerName(), ""))
                .setHeader(getTranslation("plan.relationshipOwner"))
                .setAutoWidth(true)
                .setKey("relationship");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("plan.noContacts"));
        NarrowScreen.hideOnPhone(grid, "influence", "reportsTo", "relationship");
        if (plan().mayEdit()) {
            grid.addItemClickListener(e -> openDialog(e.getItem()));
        }
        add(map, grid);
        show(plan());
    }

    @Override
    void show(PlanDetails plan) {
        map.setOption(StakeholderMap.option(plan.stakeholders(), this::getTranslation));
        grid.setItems(plan.stakeholders());
    }

    private String label(String keyPrefix, Enum<?> value) {
        return value == null ? "–" : getTranslation(keyPrefix + value.name());
    }

    private void openDialog(PlanDetails.Stakeholder stakeholder) {
        PlanDetails plan = plan();
        Dialog dialog = dialog("plan.stakeholder", "stakeholder-dialog");
        dialog.setHeaderTitle(stakeholder.name());
        Select<BuyingRole> role = new Select<>();
        role.setLabel(getTranslation("plan.buyingRole"));
        role.setId("stakeholder-role");
        role.setItems(BuyingRole.values());
        role.setEmptySelectionAllowed(true);
        role.setItemLabelGenerator(r -> label("plan.role.", r));
        role.setValue(stakeholder.buyingRole());
        IntegerField influence = new IntegerField(getTranslation("plan.influence"));
        influence.setId("stakeholder-influence");
        influence.setMin(0);
        influence.setMax(10);
        influence.setStepButtonsVisible(true);
        influence.setValue(stakeholder.influence());
        Select<Attitude> attitude = new Select<>();
        attitude.setLabel(getTranslation("plan.attitude"));
        attitude.setId("stakeholder-attitude");
        attitude.setItems(Attitude.values());
        attitude.setEmptySelectionAllowed(true);
        attitude.setItemLabelGenerator(a -> label("plan.attitude.", a));
        attitude.setValue(stakeholder.attitude());
        Select<PlanDetails.Stakeholder> reportsTo = new Select<>();
        reportsTo.setLabel(getTranslation("plan.reportsTo"));
        reportsTo.setId("stakeholder-reports-to");
        List<PlanDetails.Stakeholder> others =
                plan.stakeholders().stream()
                        .filter(s -> !s.contactId().equals(stakeholder.contactId()))
                        .toList();
        reportsTo.setItems(others);
        reportsTo.setEmptySelectionAllowed(true);
        reportsTo.setItemLabelGenerator(s -> s == null ? "–" : s.name());
        others.stream()
                .filter(s -> s.contactId().equals(stakeholder.reportsToId()))
                .findFirst()
                .ifPresent(reportsTo::setValue);
        Checkbox mine = new Checkbox(getTranslation("plan.iOwnRelationship"));
        mine.setId("stakeholder-mine");
        mine.setValue(plan.ownerId().equals(stakeholder.relationshipOwnerId()));
        dialog.add(new FormLayout(role, influence, attitude, reportsTo, mine));
        Button save =
                saveButton(
                        dialog,
                        "stakeholder-save",
                        () ->
                                plans().mapStakeholder(
                                                plan.customerId(),
                                                plan.year(),
                                                stakeholder.contactId(),
                                                role.getValue(),
                                                influence.getValue(),
                                                attitude.getValue(),
                                                reportsTo.getValue() == null
                                                        ? null
                                                        : reportsTo.getValue().contactId(),
                                                mine.getValue()
                                                        ? plan.ownerId()
                                                        : keepOtherOwner(plan, stakeholder)));
        addFooter(dialog, save);
        dialog.open();
    }

    private static Long keepOtherOwner(PlanDetails plan, PlanDetails.Stakeholder stakeholder) {
        return plan.ownerId().equals(stakeholder.relationshipOwnerId())
                ? null
                : stakeholder.relationshipOwnerId();
    }
}
