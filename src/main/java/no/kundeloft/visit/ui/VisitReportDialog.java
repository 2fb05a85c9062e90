package no.kundeloft.visit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import no.kundeloft.visit.FollowUpForm;
import no.kundeloft.visit.HostOption;
import no.kundeloft.visit.VisitDetails;
import no.kundeloft.visit.VisitOutcome;
import no.kundeloft.visit.VisitQueries;
import no.kundeloft.visit.VisitService;

/**
 * The host's report after a visit: summary, outcome, and next steps each with an owner and a due
 * date (they become tasks).
 */
final class VisitReportDialog extends Dialog {

    VisitReportDialog(
            VisitDetails visit,
            VisitService visits,
            VisitQueries queries,
            Predicate<Supplier<VisitDetails>> act) {
        setHeaderTitle(getTranslation("visit.writeReport"));
        setId("report-dialog");
        setWidth("min(40rem, 100vw)");
        TextArea summary = new TextArea(getTranslation("visit.summary"));
        summary.setId("report-summary");
        summary.setWidthFull();
        summary.setMaxLength(4000);
        summary.setValue(visit.summary() == null ? "" : visit.summary());
        Select<VisitOutcome> outcome = new Select<>();
        outcome.setLabel(getTranslation("visit.outcome"));
        outcome.setId("report-outcome");
        outcome.setItems(VisitOutcome.values());
        outcome.setItemLabelGenerator(o -> getTranslation("visit.outcome." + o.name()));
        outcome.setValue(visit.outcome() == null ? VisitOutcome.NEUTRAL : visit.outcome());
        List<HostOption> owners = queries.possibleHosts();
        Div rows = new Div();
        rows.addClassName("follow-ups");
        List<FollowUpRow> followUps = new ArrayList<>();
        Button add =
                new Button(
                        getTranslation("visit.addFollowUp"),
                        e -> {
                            FollowUpRow row =
                                    new FollowUpRow(
                                            owners,
                                            visit.item().hostId(),
                                            queries.today().plusDays(7),
                                            followUps.size() + 1);
                            followUps.add(row);
                            rows.add(row);
                        });
        add.setId("report-add-follow-up");
        add(summary, outcome, new H3(getTranslation("visit.followUps")), rows, add);
        Button save =
                new Button(
                        getTranslation("visit.saveReport"),
                        e -> {
                            if (summary.getValue().isBlank()) {
                                summary.setInvalid(true);
                                summary.setErrorMessage(
                                        getTranslation("visit.refused.summaryRequired"));
                                return;
                            }
                            if (act.test(
                                    () ->
                                            visits.report(
                                                    visit.item().id(),
                                                    visit.version(),
                                                    summary.getValue(),
                                                    outcome.getValue(),
                                                    followUps.stream()
                                                            .map(FollowUpRow::form)
                                                            .toList()))) {
                                close();
                            }
                        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("report-save");
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), save);
    }

    /** One next step in the report dialog. */
    private static final class FollowUpRow extends Div {
        private final TextField description = new TextField();
        private final Select<HostOption> owner = new Select<>();
        private final DatePicker due = new DatePicker();

        FollowUpRow(List<HostOption> owners, Long hostId, java.time.LocalDate dueDate, int number) {
            addClassName("follow-up-row");
            description.setLabel(getTranslation("visit.followUp", number));
            description.setId("follow-up-description-" + number);
            description.setMaxLength(500);
            owner.setLabel(getTranslation("visit.followUpOwner"));
            owner.setId("follow-up-owner-" + number);
            owner.setItems(owners);
            owner.setItemLabelGenerator(HostOption::fullName);
            owners.stream()
                    .filter(o -> o.id().equals(hostId))
                    .findFirst()
                    .ifPresent(owner::setValue);
            due.setLabel(getTranslation("visit.followUpDue"));
            due.setId("follow-up-due-" + number);
            due.setValue(dueDate);
            add(description, owner, due);
        }

        FollowUpForm form() {
            return new FollowUpForm(
                    description.getValue(),
                    owner.getValue() == null ? null : owner.getValue().id(),
                    due.getValue());
        }
    }
}
