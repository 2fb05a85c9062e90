package no.kundeloft.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouteAccessTest {

    @RolesAllowed({"SALES_MANAGER", "ADMIN"})
    static class ManagersPage extends Div {}

    @PermitAll
    static class EveryonesPage extends Div {}

    @DenyAll
    static class NobodysPage extends Div {}

    static class UnmarkedPage extends Div {}

    /** A signed-in user with these roles. */
    private static AuthenticationContext user(String... roles) {
        return new AuthenticationContext() {
            @Override
            public boolean isAuthenticated() {
                return true;
            }

            @Override
            public boolean hasAnyRole(String... asked) {
                return Set.of(asked).stream().anyMatch(Set.of(roles)::contains);
            }
        };
    }

    @Test
    void a_page_is_open_to_the_roles_it_names_and_no_others() {
        assertThat(RouteAccess.allows(user("SALES_MANAGER"), ManagersPage.class)).isTrue();
        assertThat(RouteAccess.allows(user("TEAM_LEADER"), ManagersPage.class)).isFalse();
        assertThat(RouteAccess.allows(user("TEAM_LEADER"), EveryonesPage.class)).isTrue();
        assertThat(RouteAccess.allows(user("ADMIN"), NobodysPage.class)).isFalse();
        assertThat(RouteAccess.allows(user("ADMIN"), UnmarkedPage.class)).isFalse();
    }
}
