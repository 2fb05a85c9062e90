package no.kundeloft.calling.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.kundeloft.attainment.ui.AttainmentTeamSection;
import no.kundeloft.calling.BoardPeriod;
import no.kundeloft.calling.TeamBoardService;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.SalesRole;

/**
 * A telesales team's calls this week and this month against its targets, on the team's page of the
 * attainment drill-down.
 */
@org.springframework.stereotype.Component
class TeamCallsSection implements AttainmentTeamSection {

    private static final Set<SalesRole> READERS =
            Set.of(
                    SalesRole.TEAM_LEADER,
                    SalesRole.SALES_MANAGER,
                    SalesRole.SALES_DIRECTOR,
                    SalesRole.ADMIN,
                    SalesRole.TELESALES);

    private final TeamBoardService boards;
    private final CurrentUser currentUser;

    TeamCallsSection(TeamBoardService boards, CurrentUser currentUser) {
        this.boards = boards;
        this.currentUser = currentUser;
    }

    /** The section for the team, when it is a telesales team the user may read the board of. */
    @Override
    public Optional<com.vaadin.flow.component.Component> forTeam(Long teamId) {
        if (!READERS.contains(currentUser.require().role())
                || boards.teams().stream().noneMatch(t -> t.id().equals(teamId))) {
            return Optional.empty();
        }
        Div section = new Div();
        section.setId("attainment-calls");
        section.addClassName("attainment-calls");
        section.add(new H3(section.getTranslation("board.attainmentTitle")));
        for (BoardPeriod period : new BoardPeriod[] {BoardPeriod.WEEK, BoardPeriod.MONTH}) {
            BoardTable table =
                    new BoardTable("attainment-calls-" + period.name().toLowerCase(Locale.ROOT));
            table.show(boards.board(teamId, period));
            section.add(table);
        }
        return Optional.of(section);
    }
}
