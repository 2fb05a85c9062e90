package no.kundeloft.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import no.kundeloft.base.RefusedException;
import no.kundeloft.base.ui.Refusals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * No failure passes in silence: a refusal that escaped its view is shown as the refusal, a change
 * someone else saved first as such, and anything unexpected as a short message with a reference
 * that the log has too, never a stack trace.
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addSessionInitListener(
                        session -> session.getSession().setErrorHandler(this::handle));
    }

    void handle(ErrorEvent event) {
        Throwable error = event.getThrowable();
        UI ui = UI.getCurrent();
        RefusedException refusal = Failures.cause(error, RefusedException.class);
        if (refusal != null && ui != null) {
            Refusals.show(ui, refusal);
            return;
        }
        String key;
        String reference = Failures.newReference();
        if (Failures.cause(error, OptimisticLockingFailureException.class) != null) {
            key = "error.changedMeanwhile";
            log.info("Stale save refused [{}]: {}", reference, error.toString());
        } else if (DatabaseOutage.causedThe(error)) {
            key = "error.databaseUnavailable";
            log.warn("Database unreachable [{}]: {}", reference, error.toString());
        } else if (Failures.cause(error, AccessDeniedException.class) != null) {
            key = "error.denied";
            log.warn("Access denied [{}]: {}", reference, error.toString());
        } else {
            key = "error.unexpected";
            log.error("Unexpected error [{}]", reference, error);
        }
        if (ui != null) {
            Notification notification =
                    Notification.show(
                            ui.getTranslation(key, reference), 8000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }
}
