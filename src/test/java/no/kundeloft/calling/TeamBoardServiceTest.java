package no.kundeloft.calling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import no.kundeloft.base.NotFoundException;
import no.kundeloft.customer.CallOutcome;
import no.kundeloft.organisation.TeamOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TeamBoardServiceTest extends ScenarioTest {

    @Autowired TeamBoardService boards;
    @Autowired CallListService lists;
    @Autowired CallQueue queue;
    @Autowired EntityManager em;
    @Autowired TestClock clock;

    CallingFixture.Telesales t;
    Long listId;

    @BeforeEach
    void callsMade() {
        t = CallingFixture.telesales(em, s);
        signIn.as(t.lead5());
        listId = lists.create(CallingFixture.form(s, t, TestClock.TODAY)).id();
        lists.addContacts(listId, ContactSelection.standard());
        signIn.as(t.tele1());
        Long first = queue.next(listId).card().entryId();
        Long second =
                queue.record(first, CallResult.of(CallOutcome.NO_ANSWER, null)).card().entryId();
        queue.record(
                second,
                new CallResult(
                        CallOutcome.NOT_INTERESTED,
                        null,
                        3,
                        "Nei",
                        false,
                        null,
                        null,
                        null,
                        null,
                        null));
        em.flush();
    }

    @Test
    void the_board_counts_each_sellers_calls_and_conversations_against_the_targets_of_the_period() {
        signIn.as(t.lead5());
        assertThat(boards.teams()).extracting(TeamOption::name).containsExactly("T5");
        TeamBoard today = boards.board(t.t5().getId(), BoardPeriod.TODAY);
        assertThat(today.rows())
                .extracting(TeamBoard.Row::name)
                .containsExactly("tele1 Testesen", "tele2 Testesen");
        assertThat(today.rows().getFirst().done()).isEqualTo(new Targets(2, 1, 0, 0));
        assertThat(today.rows().get(1).done()).isEqualTo(new Targets(0, 0, 0, 0));
        assertThat(today.workdays()).isEqualTo(1);
        assertThat(today.target()).isEqualTo(Targets.USUAL);
        boards.setTargets(t.t5().getId(), new Targets(80, 20, 3, 1));
        // 2026-06-17 is a Wednesday: three workdays this week, thirteen this month
        TeamBoard week = boards.board(t.t5().getId(), BoardPeriod.WEEK);
        assertThat(week.workdays()).isEqualTo(3);
        assertThat(week.target()).isEqualTo(new Targets(240, 60, 9, 3));
        assertThat(boards.board(t.t5().getId(), BoardPeriod.MONTH).workdays()).isEqualTo(13);
        clock.set(TestClock.DEFAULT.plusDays(1));
        assertThat(boards.board(t.t5().getId(), BoardPeriod.TODAY).total())
                .isEqualTo(new Targets(0, 0, 0, 0));
        assertThat(boards.board(t.t5().getId(), BoardPeriod.WEEK).total())
                .isEqualTo(new Targets(2, 1, 0, 0));
    }

    @Test
    void the_wall_address_reads_todays_board_until_it_is_renewed_or_turned_off() {
        signIn.as(t.lead5());
        String token = boards.newWallAddress(t.t5().getId());
        assertThat(boards.wallAddressSince(t.t5().getId())).contains(TestClock.NOW);
        no.kundeloft.SignIn.out();
        assertThat(boards.wallBoard(token)).get().extracting(TeamBoard::teamName).isEqualTo("T5");
        assertThat(boards.wallBoard("not-a-token")).isEmpty();
        signIn.as(t.lead5());
        String renewed = boards.newWallAddress(t.t5().getId());
        assertThat(boards.wallBoard(token)).isEmpty();
        assertThat(boards.wallBoard(renewed)).isPresent();
        boards.turnOffWallAddress(t.t5().getId());
        assertThat(boards.wallBoard(renewed)).isEmpty();
        assertThat(boards.wallAddressSince(t.t5().getId())).isEmpty();
    }

    @Test
    void
            sellers_read_their_own_teams_board_leaders_above_read_it_and_only_its_leader_or_manager_changes_it() {
        signIn.as(t.tele1());
        assertThat(boards.board(t.t5().getId(), BoardPeriod.TODAY).rows()).hasSize(2);
        assertThat(boards.mayManage(t.t5().getId())).isFalse();
        assertThatThrownBy(() -> boards.setTargets(t.t5().getId(), new Targets(1, 1, 1, 1)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> boards.newWallAddress(t.t5().getId()))
                .isInstanceOf(NotFoundException.class);
        signIn.as(s.mgrA());
        assertThat(boards.mayManage(t.t5().getId())).isTrue();
        signIn.as(s.dir1());
        assertThat(boards.teams()).hasSize(1);
        assertThat(boards.mayManage(t.t5().getId())).isFalse();
        for (var outsider :
                new no.kundeloft.organisation.Employee[] {s.lead1(), s.mgrB(), s.dir2()}) {
            signIn.as(outsider);
            assertThat(boards.teams()).as("%s", outsider).isEmpty();
            assertThatThrownBy(() -> boards.board(t.t5().getId(), BoardPeriod.TODAY))
                    .isInstanceOf(NotFoundException.class);
        }
        signIn.as(s.am1());
        assertThatThrownBy(() -> boards.teams())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }
}
