package no.kundeloft.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/**
 * Sign-in with the company's identity provider (OpenID Connect, e.g. Microsoft Entra ID): the
 * provider vouches for an e-mail address, which must belong to an active employee; the session then
 * holds that employee exactly as a password sign-in would, so roles, scope and the checks on every
 * request apply unchanged. An address without an active employee is refused and logged like a wrong
 * password.
 */
class CompanySignIn implements AuthenticationSuccessHandler {

    static final String UNKNOWN_ACCOUNT = "/login?unknownAccount";

    private final EmailAccounts accounts;
    private final SignInLog signIns;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    CompanySignIn(EmailAccounts accounts, SignInLog signIns) {
        this.accounts = accounts;
        this.signIns = signIns;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        String email = emailOf(authentication);
        Optional<KundeloftUser> employee =
                email == null ? Optional.empty() : accounts.activeByEmail(email);
        if (employee.isEmpty()) {
            signIns.record(
                    email == null ? "(no e-mail from the identity provider)" : email,
                    request.getRemoteAddr(),
                    SignInLog.Outcome.FAILURE);
            SecurityContextHolder.clearContext();
            if (request.getSession(false) != null) {
                request.getSession(false).invalidate();
            }
            response.sendRedirect(request.getContextPath() + UNKNOWN_ACCOUNT);
            return;
        }
        KundeloftUser user = employee.get();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(
                        user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        contexts.saveContext(context, request, response);
        signIns.record(user.username(), request.getRemoteAddr(), SignInLog.Outcome.SUCCESS);
        response.sendRedirect(request.getContextPath() + "/");
    }

    /**
     * The verified e-mail claim; Entra ID without an e-mail claim gives the sign-in name, which is
     * the address.
     */
    private static String emailOf(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof OidcUser user)) {
            return null;
        }
        String email = user.getEmail() != null ? user.getEmail() : user.getPreferredUsername();
        return email == null || email.isBlank() ? null : email.trim().toLowerCase(Locale.ROOT);
    }
}
