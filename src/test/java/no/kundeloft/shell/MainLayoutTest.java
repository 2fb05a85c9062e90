package no.kundeloft.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ContextMenuKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import no.kundeloft.KaribuTest;
import no.kundeloft.organisation.Employee;
import no.kundeloft.organisation.OrganisationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MainLayoutTest extends KaribuTest {

    @Autowired OrganisationService organisation;

    private List<String> navigationOf(Employee employee) {
        login(employee);
        UI.getCurrent().navigate("");
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void account_managers_see_home_tasks_customers_pipeline_attainment_and_budgets() {
        assertThat(navigationOf(s.am1()))
                .containsExactly(
                        "Home",
                        "Tasks",
                        "Stands",
                        "Customers",
                        "Visits",
                        "Pipeline",
                        "Attainment",
                        "Budgets");
    }

    @Test
    void key_account_managers_see_home_tasks_customers_pipeline_attainment_and_budgets() {
        assertThat(navigationOf(s.kam1()))
                .containsExactly(
                        "Home",
                        "Tasks",
                        "Stands",
                        "Customers",
                        "Visits",
                        "Pipeline",
                        "Attainment",
                        "Budgets",
                        "Account plans");
    }

    @Test
    void team_leaders_also_see_the_team() {
        assertThat(navigationOf(s.lead1()))
                .containsExactly(
                        "Home",
                        "Tasks",
                        "Calls",
                        "Stands",
                        "Customers",
                        "Visits",
                        "Pipeline",
                        "Attainment",
                        "Budgets",
                        "Account plans",
                        "Team");
    }

    @Test
    void sales_managers_also_see_the_team() {
        assertThat(navigationOf(s.mgrA()))
                .containsExactly(
                        "Home",
                        "Tasks",
                        "Calls",
                        "Stands",
                        "Customers",
                        "Visits",
                        "Pipeline",
                        "Attainment",
                        "Budgets",
                        "Account plans",
                        "Team");
    }

    @Test
    void sales_directors_also_see_the_team() {
        assertThat(navigationOf(s.dir1()))
                .containsExactly(
                        "Home",
                        "Tasks",
                        "Calls",
                        "Stands",
                        "Customers",
                        "Visits",
                        "Pipeline",
                        "Attainment",
                        "Budgets",
                        "Account plans",
                        "Team");
    }

    @Test
    void meeting_bookers_see_home_tasks_calls_and_customers_but_no_figures() {
        assertThat(navigationOf(s.booker()))
                .containsExactly("Home", "Tasks", "Calls", "Customers", "Visits");
    }

    @Test
    void admins_also_see_administration() {
        assertThat(navigationOf(s.admin()))
                .containsExactly(
                        "Home",
                        "Calls",
                        "Stands",
                        "Customers",
                        "Pipeline",
                        "Attainment",
                        "Budgets",
                        "Account plans",
                        "Administration");
    }

    @Test
    void the_header_shows_the_users_name_role_and_the_page_title() {
        login(s.lead1());
        UI.getCurrent().navigate("customers");
        assertThat(_get(Span.class, spec -> spec.withClasses("user-name")).getText())
                .isEqualTo("lead1 Testesen");
        assertThat(_get(Span.class, spec -> spec.withClasses("user-role")).getText())
                .isEqualTo("Team leader");
        assertThat(_get(H1.class, spec -> spec.withClasses("page-title")).getText())
                .isEqualTo("Customers");
    }

    @Test
    void choosing_a_language_stores_it_and_switches_the_session() {
        login(s.am1());
        UI.getCurrent().navigate("");
        ContextMenuKt._clickItemWithCaption(_get(MenuBar.class), "Norsk (bokmål)");
        assertThat(organisation.preferredLanguage()).isEqualTo("nb");
        assertThat(VaadinSession.getCurrent().getLocale().getLanguage()).isEqualTo("nb");
    }

    @Test
    void the_user_menu_offers_language_and_sign_out() {
        login(s.am1());
        UI.getCurrent().navigate("");
        List<MenuItem> items = _get(MenuBar.class).getItems().getFirst().getSubMenu().getItems();
        assertThat(items)
                .extracting(MenuItem::getText)
                .containsExactly("Language", "Change password", "Sign out");
    }
}
