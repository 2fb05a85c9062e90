package no.kundeloft.calling.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import no.kundeloft.base.Formats;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.AsViewer;
import no.kundeloft.base.ui.Confirm;
import no.kundeloft.base.ui.Refusals;
import no.kundeloft.calling.BoardPeriod;
import no.kundeloft.calling.CallBoardBroadcaster;
import no.kundeloft.calling.TeamBoardService;
import no.kundeloft.organisation.TeamOption;
import no.kundeloft.security.Roles;

/**
 * {@code /calls/board}: a telesales team's calls, conversations, meetings and orders per seller,
 * today, this week or this month, against the daily targets; it updates as calls are logged. The
 * leader sets the targets and opens (or turns off) a read-only address for a wall screen.
 */
@Route("calls/board")
@RolesAllowed({
    Roles.TEAM_LEADER,
    Roles.SALES_MANAGER,
    Roles.SALES_DIRECTOR,
    Roles.ADMIN,
    Roles.TELESALES
})
public class TeamBoardView extends Div implements HasDynamicTitle {

    private final TeamBoardService boards;
    private final CallBoardBroadcaster broadcaster;
    private final Select<TeamOption> team = new Select<>();
    private final Tabs periods = new Tabs();
    private final Map<BoardPeriod, Tab> tabs = new EnumMap<>(BoardPeriod.class);
    private final BoardTable table = new BoardTable();
    private final Div manage = new Div();
    private Registration registration;

    public TeamBoardView(TeamBoardService boards, CallBoardBroadcaster broadcaster) {
        this.boards = boards;
        this.broadcaster = broadcaster;
        addClassNames("visits-view", "board-view");
        add(new H2(getTranslation("board.title")));
        List<TeamOption> teams = boards.teams();
        if (teams.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("board.noTeams"));
            none.setId("board-no-teams");
            none.addClassName("empty-state");
            add(none);
            return;
        }
        team.setId("board-team");
        team.setLabel(getTranslation("board.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(TeamOption::name);
        team.setValue(teams.getFirst());
        team.setVisible(teams.size() > 1);
        for (BoardPeriod period : BoardPeriod.values()) {
            Tab tab = new Tab(getTranslation("board.period." + period.name()));
            tab.setId("board-period-" + period.name().toLowerCase(java.util.Locale.ROOT));
            tabs.put(period, tab);
            periods.add(tab);
        }
        team.addValueChangeListener(e -> refresh());
        periods.addSelectedChangeListener(e -> refresh());
        manage.addClassName("board-manage");
        add(new Div(team, periods), table, manage);
        refresh();
    }

    private BoardPeriod period() {
        return tabs.entrySet().stream()
                .filter(e -> e.getValue().equals(periods.getSelectedTab()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(BoardPeriod.TODAY);
    }

    private void refresh() {
        if (team.getValue() == null) {
            return;
        }
        table.show(boards.board(team.getValue().id(), period()));
        showManage();
    }

    private void showManage() {
        manage.removeAll();
        Long teamId = team.getValue().id();
        if (!boards.mayManage(teamId)) {
            return;
        }
        Button targets =
                new Button(
                        getTranslation("board.setTargets"),
                        e ->
                                new TargetsDialog(
                                                boards,
                                                teamId,
                                                table.board().dailyTargets(),
                                                this::refresh)
                                        .open());
        targets.setId("board-targets");
        manage.add(targets);
        var since = boards.wallAddressSince(teamId);
        Button wall =
                new Button(
                        getTranslation(since.isPresent() ? "board.newWall" : "board.openWall"),
                        e -> {
                            String token = boards.newWallAddress(teamId);
                            WallAddressDialog.open(this, "calls/wall/" + token);
                            showManage();
                        });
        wall.setId("board-wall");
        manage.add(wall);
        if (since.isPresent()) {
            Paragraph made =
                    new Paragraph(
                            getTranslation(
                                    "board.wallSince", Formats.dateTime(since.get(), getLocale())));
            made.setId("board-wall-since");
            Button off =
                    new Button(
                            getTranslation("board.turnOffWall"),
                            e ->
                                    Confirm.destructive(
                                                    this,
                                                    getTranslation("board.turnOffWall"),
                                                    getTranslation("board.turnOffWallText"),
                                                    getTranslation("board.turnOffWall"),
                                                    () -> {
                                                        try {
                                                            boards.turnOffWallAddress(teamId);
                                                            showManage();
                                                        } catch (RefusedException ex) {
                                                            Refusals.show(this, ex);
                                                        }
                                                    })
                                            .open());
            off.setId("board-wall-off");
            off.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            manage.add(made, off);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        var update = AsViewer.of(this::refresh);
        registration =
                broadcaster.register(
                        sellerId -> {
                            if (table.shows(sellerId)) {
                                ui.access(update);
                            }
                        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (registration != null) {
            registration.remove();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("board.title") + " – " + getTranslation("app.name");
    }
}
