package no.kundeloft.calling.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import jakarta.persistence.EntityManager;
import no.kundeloft.KaribuTest;
import no.kundeloft.SignIn;
import no.kundeloft.TestClock;
import no.kundeloft.calling.CallListService;
import no.kundeloft.calling.CallQueue;
import no.kundeloft.calling.CallResult;
import no.kundeloft.calling.CallingFixture;
import no.kundeloft.calling.ContactSelection;
import no.kundeloft.calling.TeamBoard;
import no.kundeloft.calling.TeamBoardService;
import no.kundeloft.customer.CallOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class TeamBoardViewTest extends KaribuTest {

    @Autowired CallListService lists;
    @Autowired CallQueue queue;
    @Autowired TeamBoardService boards;
    @Autowired EntityManager em;

    CallingFixture.Telesales t;

    @BeforeEach
    void aCallMade() {
        t = CallingFixture.telesales(em, s);
        login(t.lead5());
        Long listId = lists.create(CallingFixture.form(s, t, TestClock.TODAY)).id();
        lists.addContacts(listId, ContactSelection.standard());
        login(t.tele1());
        queue.record(queue.next(listId).card().entryId(), CallResult.of(CallOutcome.REACHED, null));
    }

    @SuppressWarnings("unchecked")
    private static Grid<TeamBoard.Row> grid() {
        return _get(Grid.class, spec -> spec.withId("board-grid"));
    }

    @Test
    void the_leader_sees_each_sellers_calls_sets_targets_and_opens_a_wall_address() {
        login(t.lead5());
        UI.getCurrent().navigate("calls/board");
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(GridKt._get(grid(), 0).done().calls()).isEqualTo(1);
        assertThat(_get(Paragraph.class, spec -> spec.withId("board-caption")).getText())
                .contains("1 calls, 1 conversations");
        _click(_get(Button.class, spec -> spec.withId("board-targets")));
        _get(IntegerField.class, spec -> spec.withId("targets-calls")).setValue(100);
        _click(_get(Button.class, spec -> spec.withId("targets-save")));
        assertThat(
                        boards.board(t.t5().getId(), no.kundeloft.calling.BoardPeriod.TODAY)
                                .dailyTargets()
                                .calls())
                .isEqualTo(100);
        _click(_get(Button.class, spec -> spec.withId("board-wall")));
        String address = _get(TextField.class, spec -> spec.withId("wall-address")).getValue();
        assertThat(address).contains("calls/wall/");
        assertThat(_find(Button.class, spec -> spec.withId("board-wall-off"))).hasSize(1);

        SignIn.out();
        UI.getCurrent().navigate(address.substring(address.indexOf("calls/wall/")));
        assertThat(_get(H1.class, spec -> spec.withId("wall-title")).getText())
                .isEqualTo("T5 today");
        assertThat(GridKt._size(grid())).isEqualTo(2);
    }

    @Test
    void a_seller_reads_the_board_without_changing_it_and_a_turned_off_address_says_so() {
        login(t.tele1());
        UI.getCurrent().navigate("calls/board");
        assertThat(GridKt._size(grid())).isEqualTo(2);
        assertThat(_find(Button.class, spec -> spec.withId("board-targets"))).isEmpty();
        SignIn.out();
        UI.getCurrent().navigate("calls/wall/no-such-token");
        assertThat(_get(Paragraph.class, spec -> spec.withId("wall-off")).getText())
                .contains("turned off");
    }

    @Test
    void the_teams_page_of_the_attainment_drill_down_shows_its_calls_this_week_and_this_month() {
        login(t.lead5());
        UI.getCurrent().navigate("attainment/team/" + t.t5().getId());
        assertThat(
                        _get(Paragraph.class, spec -> spec.withId("attainment-calls-week-caption"))
                                .getText())
                .contains("1 calls");
        assertThat(
                        _get(Paragraph.class, spec -> spec.withId("attainment-calls-month-caption"))
                                .getText())
                .contains("1 calls");
        login(s.lead1());
        UI.getCurrent().navigate("attainment/team/" + s.t1().getId());
        assertThat(
                        _find(
                                com.vaadin.flow.component.html.Div.class,
                                spec -> spec.withId("attainment-calls")))
                .isEmpty();
    }

    @Test
    void a_leader_without_a_telesales_team_is_told_so() {
        login(s.lead1());
        UI.getCurrent().navigate("calls/board");
        assertThat(_get(Paragraph.class, spec -> spec.withId("board-no-teams")).getText())
                .contains("No telesales team");
    }
}
