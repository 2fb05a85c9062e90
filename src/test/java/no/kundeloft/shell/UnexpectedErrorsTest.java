package no.kundeloft.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import no.kundeloft.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

class UnexpectedErrorsTest extends KaribuTest {

    @Autowired UnexpectedErrors errors;

    @Test
    void every_session_gets_the_handler() {
        assertThat(VaadinSession.getCurrent().getErrorHandler())
                .isNotNull()
                .isNotInstanceOf(com.vaadin.flow.server.DefaultErrorHandler.class);
    }

    @Test
    void an_unexpected_failure_tells_the_user_with_a_reference_and_no_stack_trace() {
        login(s.am1());
        UI.getCurrent().navigate("");
        errors.handle(
                new ErrorEvent(
                        new DataIntegrityViolationException(
                                "value too long for type character varying(100)")));
        String shown =
                NotificationsKt.getNotifications().getLast().getElement().getProperty("text");
        assertThat(shown)
                .matches(
                        "Something went wrong and nothing was saved\\. Try again; if it happens again, "
                                + "give the administrator the reference [0-9a-f]{8}\\.");
        assertThat(shown).doesNotContain("varying");
    }

    @Test
    void a_change_saved_by_someone_else_first_is_told_as_such() {
        login(s.am1());
        UI.getCurrent().navigate("");
        errors.handle(
                new ErrorEvent(
                        new RuntimeException(
                                new ObjectOptimisticLockingFailureException("Customer", 1L))));
        assertThat(NotificationsKt.getNotifications().getLast().getElement().getProperty("text"))
                .startsWith("Someone else saved this in the meantime");
    }

    @Test
    void a_database_that_cannot_be_reached_is_told_as_such() {
        login(s.am1());
        UI.getCurrent().navigate("");
        errors.handle(
                new ErrorEvent(
                        new org.springframework.transaction.CannotCreateTransactionException(
                                "Could not open JPA EntityManager",
                                new java.sql.SQLTransientConnectionException(
                                        "HikariPool-1 - Connection is not available, request timed out after 5000ms"))));
        assertThat(NotificationsKt.getNotifications().getLast().getElement().getProperty("text"))
                .startsWith(
                        "Kundeløft cannot reach its database just now, so nothing was saved or shown. Try again in a moment");
    }
}
