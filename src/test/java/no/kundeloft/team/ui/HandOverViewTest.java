package no.kundeloft.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import java.util.Set;
import java.util.stream.Collectors;
import no.kundeloft.KaribuTest;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.organisation.AssignableOwner;
import no.kundeloft.organisation.TeamMember;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class HandOverViewTest extends KaribuTest {

    @Autowired CustomerService customers;

    private HandOverView open() {
        login(s.lead1());
        UI.getCurrent().navigate("team/handover/" + s.am1().getId());
        return _get(HandOverView.class);
    }

    private String summary() {
        return _get(Div.class, spec -> spec.withId("handover-summary"))
                .getElement()
                .getTextRecursively();
    }

    private Set<AssignableOwner> receivers(HandOverView view, String... names) {
        Set<String> wanted = Set.of(names);
        return view.receivers
                .getListDataView()
                .getItems()
                .filter(o -> wanted.contains(o.fullName()))
                .collect(Collectors.toSet());
    }

    @Test
    void a_portfolio_is_spread_previewed_and_handed_over() {
        HandOverView view = open();
        assertThat(_get(H2.class).getText()).isEqualTo("Hand over the portfolio of am1 Testesen");
        assertThat(view.commit.isEnabled()).isFalse();
        assertThat(summary()).contains("2 customers have no new owner yet.");

        view.receivers.setValue(receivers(view, "am2 Testesen", "lead1 Testesen"));
        _click(view.spread);
        assertThat(summary())
                .contains("am2 Testesen: 1 + 1 = 2 customers (limit 200)")
                .contains("lead1 Testesen: 0 + 1 = 1 customers");
        assertThat(view.commit.isEnabled()).isTrue();

        _click(view.commit);
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(TeamView.class);
        login(s.admin());
        assertThat(customers.get(s.c1().getId()).ownerName()).isEqualTo("am2 Testesen");
        assertThat(customers.get(s.c2().getId()).ownerName()).isEqualTo("lead1 Testesen");
    }

    @Test
    void a_customer_planned_for_the_wrong_role_blocks_the_hand_over() {
        HandOverView view = open();
        view.receivers.setValue(receivers(view, "am2 Testesen", "kam1 Testesen"));
        view.assign(s.c1().getId(), s.am2().getId());
        view.assign(s.c2().getId(), s.kam1().getId());
        assertThat(summary())
                .contains("Havbris Transport AS: key customers go to Key Account Managers only");
        assertThat(view.commit.isEnabled()).isFalse();
    }

    @Test
    void another_teams_seller_is_not_found() {
        login(s.lead1());
        UI.getCurrent().navigate("team/handover/" + s.am3().getId());
        assertThat(_find(HandOverView.class)).isEmpty();
        assertThat(_get(H2.class).getText()).isEqualTo("Not found");
    }

    @Test
    void sellers_and_directors_are_denied() {
        login(s.am2());
        assertThatThrownBy(() -> UI.getCurrent().navigate("team/handover/" + s.am1().getId()))
                .isInstanceOf(MockAccessDeniedException.class);
        login(s.dir1());
        assertThatThrownBy(() -> UI.getCurrent().navigate("team/handover/" + s.am1().getId()))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_team_page_links_to_the_hand_over_for_leaders_not_directors() {
        login(s.lead1());
        UI.getCurrent().navigate("team");
        Grid<TeamMember> team = _get(Grid.class);
        assertThat(GridKt._getCellComponent(team, 0, "handOver")).isNotInstanceOf(RouterLink.class);
        assertThat(GridKt._getCellComponent(team, 1, "handOver"))
                .isInstanceOfSatisfying(
                        RouterLink.class,
                        link ->
                                assertThat(link.getHref())
                                        .isEqualTo("team/handover/" + s.am1().getId()));
        login(s.dir1());
        UI.getCurrent().navigate("team");
        assertThat(_find(Grid.class))
                .hasSize(3)
                .allSatisfy(grid -> assertThat(grid.getColumnByKey("handOver")).isNull());
    }
}
