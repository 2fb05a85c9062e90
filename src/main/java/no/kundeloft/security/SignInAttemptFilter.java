package no.kundeloft.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.filter.OncePerRequestFilter;

/** A filter that looks only at sign-in attempts: the login form's POST to /login. */
abstract class SignInAttemptFilter extends OncePerRequestFilter {

    @Override
    protected final boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }
}
