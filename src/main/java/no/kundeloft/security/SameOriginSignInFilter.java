package no.kundeloft.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * Refuses a sign-in posted from another site's page (login CSRF: signing a victim into the
 * attacker's account). Browsers name the page's origin on every POST; it must be this server's own,
 * as seen through the forwarded headers behind a proxy. A request without Origin or Referer comes
 * from no browser page and cannot be forged by one, so it is let through.
 */
class SameOriginSignInFilter extends SignInAttemptFilter {

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String claimed = request.getHeader("Origin");
        if (claimed == null || "null".equals(claimed)) {
            claimed = request.getHeader("Referer");
        }
        if (claimed == null || sameOrigin(claimed, request)) {
            chain.doFilter(request, response);
            return;
        }
        response.sendError(
                HttpServletResponse.SC_FORBIDDEN, "Signing in from another site's page is refused");
    }

    private static boolean sameOrigin(String claimed, HttpServletRequest request) {
        try {
            URI origin = URI.create(claimed);
            int port =
                    origin.getPort() != -1
                            ? origin.getPort()
                            : "https".equalsIgnoreCase(origin.getScheme()) ? 443 : 80;
            return request.getScheme().equalsIgnoreCase(origin.getScheme())
                    && request.getServerName().equalsIgnoreCase(origin.getHost())
                    && request.getServerPort() == port;
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
