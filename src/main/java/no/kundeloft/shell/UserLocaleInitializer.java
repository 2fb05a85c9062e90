package no.kundeloft.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import no.kundeloft.base.i18n.Translations;
import no.kundeloft.organisation.OrganisationService;
import no.kundeloft.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Once per signed-in session, switches the language from the browser's to the one the user stored.
 * Before sign-in the browser's language applies.
 */
@Component
class UserLocaleInitializer implements VaadinServiceInitListener {

    private static final String APPLIED = UserLocaleInitializer.class.getName() + ".applied";

    private final CurrentUser currentUser;
    private final OrganisationService organisation;

    UserLocaleInitializer(CurrentUser currentUser, OrganisationService organisation) {
        this.currentUser = currentUser;
        this.organisation = organisation;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(
                        uiEvent -> {
                            VaadinSession session = uiEvent.getUI().getSession();
                            if (session.getAttribute(APPLIED) != null
                                    || currentUser.get().isEmpty()) {
                                return;
                            }
                            session.setAttribute(APPLIED, Boolean.TRUE);
                            Locale preferred =
                                    Translations.forLanguageTag(organisation.preferredLanguage());
                            if (preferred != null) {
                                session.setLocale(preferred);
                                uiEvent.getUI().setLocale(preferred);
                            }
                        });
    }
}
