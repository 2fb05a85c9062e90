package no.kundeloft.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;

/**
 * Refuses a sign-in while its username or address must wait ({@link SignInLog}), without checking
 * the password, and sends the browser back to the sign-in page saying how many seconds are left.
 */
class SignInThrottleFilter extends SignInAttemptFilter {

    private final SignInLog signIns;

    SignInThrottleFilter(SignInLog signIns) {
        this.signIns = signIns;
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        Duration wait = signIns.waitBeforeNextAttempt(username, request.getRemoteAddr());
        if (wait.isZero()) {
            chain.doFilter(request, response);
            return;
        }
        signIns.record(username, request.getRemoteAddr(), SignInLog.Outcome.THROTTLED);
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        response.sendRedirect(request.getContextPath() + "/login?throttled=" + seconds);
    }
}
