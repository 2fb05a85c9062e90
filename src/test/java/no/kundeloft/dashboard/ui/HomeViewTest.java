package no.kundeloft.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import no.kundeloft.KaribuTest;
import org.junit.jupiter.api.Test;

class HomeViewTest extends KaribuTest {

    private List<String> figures() {
        return _find(Span.class, spec -> spec.withClasses("figure-value")).stream()
                .filter(span -> span.getId().filter(id -> id.startsWith("home-revenue")).isEmpty())
                .map(Span::getText).toList();
    }

    private List<String> warnings() {
        return _find(Div.class, spec -> spec.withClasses("warning")).stream()
                .map(d -> d.getElement().getTextRecursively()).toList();
    }

    @Test
    void a_team_leader_sees_the_teams_figures_and_warnings() {
        login(s.lead1());
        UI.getCurrent().navigate("");
        assertThat(_get(H2.class).getText()).isEqualTo("Welcome, lead1");
        assertThat(figures()).containsExactly("4", "1");
        assertThat(warnings()).containsExactlyInAnyOrder(
                "Team T1 has 3 sellers; a team of this kind should have 4–8.",
                "The portfolio of am1 Testesen holds 2 customers, under the minimum of 20.",
                "The portfolio of am2 Testesen holds 1 customers, under the minimum of 20.");
    }

    @Test
    void an_account_manager_sees_own_figures_and_own_portfolio_warning_only() {
        login(s.am1());
        UI.getCurrent().navigate("");
        assertThat(figures()).containsExactly("2", "0");
        assertThat(warnings()).containsExactly("The portfolio of am1 Testesen holds 2 customers, under the minimum of 20.");
        assertThat(_find(Span.class, spec -> spec.withText("T1"))).hasSize(1);
    }

    @Test
    void a_key_account_manager_with_one_key_customer_has_no_warning() {
        login(s.kam1());
        UI.getCurrent().navigate("");
        assertThat(figures()).containsExactly("1", "1");
        assertThat(warnings()).isEmpty();
    }

    @Test
    void an_admin_outside_any_team_is_told_so() {
        login(s.admin());
        UI.getCurrent().navigate("");
        assertThat(figures()).containsExactly("7", "1");
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withText("You are not part of a team."))).hasSize(1);
    }

    @Test
    void sellers_see_their_revenue_this_year_and_bookers_do_not() {
        login(s.am1());
        UI.getCurrent().navigate("");
        assertThat(_get(Span.class, spec -> spec.withId("home-revenue-total")).getText()).isEqualTo("NOK\u00a00");
        assertThat(_get(Span.class, spec -> spec.withId("home-revenue-growth")).getText()).isEqualTo("–");
        login(s.booker());
        UI.getCurrent().navigate("customers");
        UI.getCurrent().navigate("");
        assertThat(_find(Span.class, spec -> spec.withId("home-revenue-total"))).isEmpty();
    }
}
