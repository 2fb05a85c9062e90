package no.kundeloft.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the session of a user whose account was deactivated, whose role changed or whose password
 * was reset since they signed in, at their very next request (on any app node: the account is read
 * from the database), so access ends at once and not when the session times out: the browser is
 * sent to the sign-in page.
 */
class ActiveAccountFilter extends OncePerRequestFilter {

    private final ActiveAccounts accounts;

    /**
     * Files that carry no records: asking the database about the account for each of them would be
     * wasted.
     */
    private static final List<String> STATIC_PREFIXES =
            List.of(
                    "/VAADIN/",
                    "/styles.css",
                    "/images/",
                    "/webjars/",
                    "/icons/",
                    "/favicon",
                    "/sw.js",
                    "/manifest.webmanifest",
                    "/offline");

    ActiveAccountFilter(ActiveAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return STATIC_PREFIXES.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null
                && authentication.getPrincipal() instanceof KundeloftUser user
                && !accounts.stillValid(user)) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        chain.doFilter(request, response);
    }
}
