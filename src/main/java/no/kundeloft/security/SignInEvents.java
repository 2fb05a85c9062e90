package no.kundeloft.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Writes each form sign-in, succeeded or failed, to the sign-in log. */
@Component
class SignInEvents {

    private final SignInLog signIns;

    SignInEvents(SignInLog signIns) {
        this.signIns = signIns;
    }

    @EventListener
    void succeeded(InteractiveAuthenticationSuccessEvent event) {
        signIns.record(
                event.getAuthentication().getName(),
                address(event.getAuthentication()),
                SignInLog.Outcome.SUCCESS);
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        signIns.record(
                String.valueOf(event.getAuthentication().getPrincipal()),
                address(event.getAuthentication()),
                SignInLog.Outcome.FAILURE);
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : "";
    }
}
