package no.kundeloft.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.sql.SQLTransientConnectionException;
import no.kundeloft.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

class ErrorViewTest extends KaribuTest {

    /** A page that fails while opening. */
    @Route("test-failing-page")
    @AnonymousAllowed
    public static class FailingPage extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new IllegalStateException("a bug with a long internal message");
        }
    }

    /** A page that cannot reach the database while opening. */
    @Route("test-outage-page")
    @AnonymousAllowed
    public static class OutagePage extends Div implements BeforeEnterObserver {
        @Override
        public void beforeEnter(BeforeEnterEvent event) {
            throw new CannotCreateTransactionException(
                    "Could not open JPA EntityManager",
                    new SQLTransientConnectionException(
                            "Connection is not available, request timed out after 5000ms"));
        }
    }

    @Test
    void a_page_that_fails_shows_a_reference_and_try_again_never_the_failure_itself() {
        login(s.am1());
        UI.getCurrent().navigate("test-failing-page");
        assertThat(_get(H2.class).getText()).isEqualTo("This page could not be opened");
        assertThat(_get(Paragraph.class).getText())
                .matches("Something went wrong while opening it\\. .* reference [0-9a-f]{8}\\.")
                .doesNotContain("internal message");
        assertThat(_get(Button.class, spec -> spec.withId("error-retry")).getText())
                .isEqualTo("Try again");
    }

    @Test
    void a_page_that_cannot_reach_the_database_says_so() {
        login(s.am1());
        UI.getCurrent().navigate("test-outage-page");
        assertThat(_get(H2.class).getText()).isEqualTo("The database is not answering");
        assertThat(_get(Paragraph.class).getText())
                .startsWith("Kundeløft cannot reach its database just now");
    }
}
