package no.kundeloft.shell;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a page that failed to open shows instead of a stack trace: a short message with a reference
 * the log has too, and "try again". When the database cannot be reached it says so (503): the page
 * works again by itself once the database is back. It has no menu, since the menu needs the
 * database.
 */
@AnonymousAllowed
public class ErrorView extends VerticalLayout implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    public ErrorView() {
        setId("error-view");
        setMaxWidth("40rem");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        String reference = Failures.newReference();
        boolean outage = DatabaseOutage.causedThe(parameter.getCaughtException());
        if (outage) {
            log.warn(
                    "Database unreachable while opening /{} [{}]: {}",
                    event.getLocation().getPath(),
                    reference,
                    parameter.getCaughtException().toString());
        } else {
            log.error(
                    "Page /{} failed [{}]",
                    event.getLocation().getPath(),
                    reference,
                    parameter.getCaughtException());
        }
        removeAll();
        Button retry =
                new Button(
                        getTranslation("error.page.retry"),
                        e -> getUI().ifPresent(ui -> ui.getPage().reload()));
        retry.setId("error-retry");
        retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(
                new H2(getTranslation(outage ? "error.page.outageTitle" : "error.page.title")),
                new Paragraph(
                        getTranslation(
                                outage ? "error.databaseUnavailable" : "error.page.text",
                                reference)),
                retry);
        return outage
                ? HttpServletResponse.SC_SERVICE_UNAVAILABLE
                : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
