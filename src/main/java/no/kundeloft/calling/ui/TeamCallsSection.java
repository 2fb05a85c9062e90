package no.kundeloft.calling.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.Optional;
import java.util.Set;
import no.kundeloft.calling.BoardPeriod;
import no.kundeloft.calling.TeamBoardService;
import no.kundeloft.security.KundeloftUser;
import no.kundeloft.security.SalesRole;

/** A telesales team's calls this week and this month against its targets, for the team's page of the attainment drill-down. */
public final class TeamCallsSection {

    private static final Set<SalesRole> READERS = Set.of(SalesRole.TEAM_LEADER, SalesRole.SALES_MANAGER, SalesRole.SALES_DIRECTOR,
            SalesRole.ADMIN, SalesRole.TELESALES);

    private TeamCallsSection() {
    }

    /** The section for the team, when it is a telesales team the user may read the board of. */
    public static Optional<Div> of(TeamBoardService boards, KundeloftUser user, Long teamId) {
        if (!READERS.contains(user.role()) || boards.teams().stream().noneMatch(t -> t.id().equals(teamId))) {
            return Optional.empty();
        }
        Div section = new Div();
        section.setId("attainment-calls");
        section.addClassName("attainment-calls");
        section.add(new H3(section.getTranslation("board.attainmentTitle")));
        for (BoardPeriod period : new BoardPeriod[] {BoardPeriod.WEEK, BoardPeriod.MONTH}) {
            BoardTable table = new BoardTable("attainment-calls-" + period.name().toLowerCase(java.util.Locale.ROOT));
            table.show(boards.board(teamId, period));
            section.add(table);
        }
        return Optional.of(section);
    }
}
