package no.kundeloft.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import no.kundeloft.KaribuTest;
import org.junit.jupiter.api.Test;

/**
 * In production mode Vaadin answers a page the user's role may not open as "not found"; this view
 * is what it then shows (checked in the running app; Karibu runs in development mode, which reports
 * such pages as access denied instead, see AdminViewTest).
 */
class UnknownAddressViewTest extends KaribuTest {

    @Test
    void shows_the_apps_own_not_found_page_with_the_way_home_and_a_404() {
        login(s.am1());
        UnknownAddressView view = new UnknownAddressView();
        UI.getCurrent().add(view);
        assertThat(view.setErrorParameter(null, null)).isEqualTo(404);
        assertThat(_get(view, H2.class).getText()).isEqualTo("Not found");
        assertThat(_get(view, RouterLink.class).getHref()).isEmpty();
    }
}
