package no.kundeloft.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/**
 * Whether the signed-in user may open a page, read from the page's own access annotation — so a
 * link to it is shown exactly when following it would be allowed, and the roles are written once,
 * on the page.
 */
public final class RouteAccess {

    private RouteAccess() {}

    public static boolean allows(
            AuthenticationContext authentication, Class<? extends Component> page) {
        if (page.isAnnotationPresent(DenyAll.class)) {
            return false;
        }
        RolesAllowed roles = page.getAnnotation(RolesAllowed.class);
        if (roles != null) {
            return authentication.hasAnyRole(roles.value());
        }
        return page.isAnnotationPresent(PermitAll.class) && authentication.isAuthenticated();
    }
}
