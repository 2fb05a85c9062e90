package no.kundeloft.stand.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import no.kundeloft.base.Formats;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.calling.PersonChoice;
import no.kundeloft.organisation.TeamOption;
import no.kundeloft.stand.LeaderboardRow;
import no.kundeloft.stand.StandDay;
import no.kundeloft.stand.StandForm;
import no.kundeloft.stand.StandRow;
import no.kundeloft.stand.StandService;

/**
 * A stand to set up or change (team, place, days, who works it), with its days so far and the
 * sellers' leaderboard.
 */
class StandDialog extends Dialog {

    StandDialog(StandService stands, StandRow existing, LocalDate today, Runnable saved) {
        setId("stand-dialog");
        setWidth("min(44rem, 100vw)");
        setHeaderTitle(existing == null ? getTranslation("stand.new") : existing.place());
        if (stands.mayPlan()) {
            form(stands, existing, today, saved);
        }
        if (existing != null) {
            figures(stands, existing);
        }
        getFooter().add(new Button(getTranslation("common.close"), e -> close()));
    }

    private void form(StandService stands, StandRow existing, LocalDate today, Runnable saved) {
        List<TeamOption> teams = stands.teamChoices();
        Select<TeamOption> team = new Select<>();
        team.setId("stand-team");
        team.setLabel(getTranslation("stand.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(TeamOption::name);
        TextField place = new TextField(getTranslation("stand.place"));
        place.setId("stand-place");
        place.setMaxLength(200);
        DatePicker from = new DatePicker(getTranslation("stand.from"));
        from.setId("stand-from");
        DatePicker until = new DatePicker(getTranslation("stand.until"));
        until.setId("stand-until");
        MultiSelectComboBox<PersonChoice> sellers =
                new MultiSelectComboBox<>(getTranslation("stand.sellers"));
        sellers.setId("stand-sellers");
        sellers.setItemLabelGenerator(PersonChoice::fullName);
        team.addValueChangeListener(
                e ->
                        sellers.setItems(
                                e.getValue() == null
                                        ? List.of()
                                        : stands.sellerChoices(e.getValue().id())));
        if (existing == null) {
            team.setValue(teams.isEmpty() ? null : teams.getFirst());
            from.setValue(today);
            until.setValue(today);
        } else {
            team.setValue(
                    teams.stream()
                            .filter(t -> t.id().equals(existing.teamId()))
                            .findFirst()
                            .orElse(null));
            team.setReadOnly(true);
            place.setValue(existing.place());
            from.setValue(existing.startsOn());
            until.setValue(existing.endsOn());
            sellers.setValue(
                    sellers.getListDataView()
                            .getItems()
                            .filter(p -> existing.sellers().contains(p.fullName()))
                            .collect(Collectors.toSet()));
        }
        FormLayout layout = new FormLayout(team, place, from, until, sellers);
        layout.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));
        layout.setColspan(sellers, 2);
        add(layout);
        Button save =
                new Button(
                        getTranslation("common.save"),
                        e -> {
                            if (team.isEmpty()
                                    || place.getValue().isBlank()
                                    || from.isEmpty()
                                    || until.isEmpty()) {
                                Refusals.show(this, "stand.required");
                                return;
                            }
                            StandForm form =
                                    new StandForm(
                                            team.getValue().id(),
                                            place.getValue(),
                                            from.getValue(),
                                            until.getValue(),
                                            sellers.getValue().stream()
                                                    .map(PersonChoice::id)
                                                    .collect(Collectors.toSet()));
                            try {
                                if (existing == null) {
                                    stands.plan(form);
                                } else {
                                    stands.change(existing.id(), form);
                                }
                                saved.run();
                                close();
                            } catch (RefusedException ex) {
                                Refusals.show(this, ex);
                            }
                        });
        save.setId("stand-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(save);
    }

    private void figures(StandService stands, StandRow stand) {
        Grid<StandDay> days = new Grid<>();
        days.setId("stand-days");
        days.setAllRowsVisible(true);
        days.addColumn(d -> Formats.date(d.day(), getLocale()))
                .setHeader(getTranslation("stand.day"));
        days.addColumn(StandDay::leads).setHeader(getTranslation("stand.leads"));
        days.addColumn(StandDay::contacted).setHeader(getTranslation("stand.contacted"));
        days.addColumn(StandDay::meetings).setHeader(getTranslation("stand.meetings"));
        days.addColumn(StandDay::orders).setHeader(getTranslation("stand.orders"));
        days.setItems(stands.days(stand.id()));
        days.setEmptyStateText(getTranslation("stand.noLeads"));
        Grid<LeaderboardRow> board = new Grid<>();
        board.setId("stand-leaderboard");
        board.setAllRowsVisible(true);
        board.addColumn(LeaderboardRow::name).setHeader(getTranslation("stand.seller"));
        board.addColumn(LeaderboardRow::leads).setHeader(getTranslation("stand.leads"));
        board.addColumn(LeaderboardRow::qualified).setHeader(getTranslation("stand.qualified"));
        board.setItems(stands.leaderboard(stand.id()));
        board.setEmptyStateText(getTranslation("stand.noLeads"));
        add(
                new H3(getTranslation("stand.perDay")),
                days,
                new H3(getTranslation("stand.leaderboard")),
                board);
    }
}
