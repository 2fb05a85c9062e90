package no.kundeloft.team.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import no.kundeloft.KaribuTest;
import no.kundeloft.organisation.TeamMember;
import org.junit.jupiter.api.Test;

class TeamViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void a_team_leader_sees_each_member_with_portfolio_against_limits() {
        login(s.lead1());
        UI.getCurrent().navigate("team");
        assertThat(_get(H3.class).getText()).isEqualTo("T1");
        Grid<TeamMember> grid = _get(Grid.class);
        assertThat(GridKt._size(grid)).isEqualTo(4);
        assertThat(GridKt._get(grid, 0).fullName()).isEqualTo("lead1 Testesen");
        assertThat(GridKt._getFormatted(grid, 0, "role")).isEqualTo("Team leader");
        assertThat(GridKt._getFormatted(grid, 1, "name")).isEqualTo("am1 Testesen");
        assertThat(GridKt._getFormatted(grid, 1, "portfolio")).isEqualTo("2 (limit 20–200)");
        assertThat(GridKt._getFormatted(grid, 3, "role")).isEqualTo("Key Account Manager");
        assertThat(GridKt._getFormatted(grid, 3, "portfolio")).isEqualTo("1 (limit 1–10)");
        assertThat(_find(Span.class, spec -> spec.withText("3 sellers (should be 4–8)")))
                .hasSize(1);
    }

    @Test
    void a_sales_manager_sees_every_team_of_the_department() {
        login(s.mgrA());
        UI.getCurrent().navigate("team");
        assertThat(_find(H3.class)).extracting(H3::getText).containsExactly("T1", "T2");
    }

    @Test
    void an_account_manager_is_denied() {
        login(s.am1());
        assertThatThrownBy(() -> UI.getCurrent().navigate("team"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(_find(TeamView.class)).isEmpty();
    }
}
