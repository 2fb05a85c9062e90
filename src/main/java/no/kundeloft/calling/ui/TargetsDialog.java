package no.kundeloft.calling.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import jakarta.validation.ConstraintViolationException;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.calling.Targets;
import no.kundeloft.calling.TeamBoardService;

/** The team's daily targets per seller: calls, conversations, meetings booked, orders. */
class TargetsDialog extends Dialog {

    TargetsDialog(TeamBoardService boards, Long teamId, Targets current, Runnable saved) {
        setId("targets-dialog");
        setHeaderTitle(getTranslation("board.setTargets"));
        IntegerField calls = field("board.calls", current.calls(), 1000, "targets-calls");
        IntegerField conversations =
                field(
                        "board.conversations",
                        current.conversations(),
                        1000,
                        "targets-conversations");
        IntegerField meetings =
                field("board.meetings", current.meetings(), 100, "targets-meetings");
        IntegerField orders = field("board.orders", current.orders(), 100, "targets-orders");
        FormLayout form = new FormLayout(calls, conversations, meetings, orders);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 2));
        add(form);
        Button save =
                new Button(
                        getTranslation("common.save"),
                        e -> {
                            if (calls.isInvalid()
                                    || conversations.isInvalid()
                                    || meetings.isInvalid()
                                    || orders.isInvalid()
                                    || calls.isEmpty()
                                    || conversations.isEmpty()
                                    || meetings.isEmpty()
                                    || orders.isEmpty()) {
                                Refusals.show(this, "board.targetsInvalid");
                                return;
                            }
                            try {
                                boards.setTargets(
                                        teamId,
                                        new Targets(
                                                calls.getValue(),
                                                conversations.getValue(),
                                                meetings.getValue(),
                                                orders.getValue()));
                                saved.run();
                                close();
                            } catch (RefusedException ex) {
                                Refusals.show(this, ex);
                            } catch (ConstraintViolationException ex) {
                                Refusals.show(this, "board.targetsInvalid");
                            }
                        });
        save.setId("targets-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    private IntegerField field(String labelKey, int value, int max, String id) {
        IntegerField field = new IntegerField(getTranslation(labelKey));
        field.setId(id);
        field.setMin(0);
        field.setMax(max);
        field.setValue(value);
        field.setStepButtonsVisible(true);
        return field;
    }
}
