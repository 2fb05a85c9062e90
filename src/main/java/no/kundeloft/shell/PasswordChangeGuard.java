package no.kundeloft.shell;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import no.kundeloft.organisation.AccountService;
import no.kundeloft.organisation.ui.ChangePasswordView;
import no.kundeloft.security.CurrentUser;
import no.kundeloft.security.ui.LoginView;
import org.springframework.stereotype.Component;

/**
 * Someone who signed in with a one-time password reaches no page but the one where they choose
 * their own.
 */
@Component
class PasswordChangeGuard implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final AccountService accounts;

    PasswordChangeGuard(CurrentUser currentUser, AccountService accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource()
                .addUIInitListener(
                        uiEvent ->
                                uiEvent.getUI()
                                        .addBeforeEnterListener(
                                                enter -> {
                                                    Class<?> target = enter.getNavigationTarget();
                                                    if (target == ChangePasswordView.class
                                                            || target == LoginView.class
                                                            || currentUser.get().isEmpty()) {
                                                        return;
                                                    }
                                                    if (accounts.passwordChangeRequired()) {
                                                        enter.forwardTo(ChangePasswordView.class);
                                                    }
                                                }));
    }
}
