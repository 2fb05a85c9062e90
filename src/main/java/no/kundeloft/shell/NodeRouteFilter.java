package no.kundeloft.shell;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With several nodes behind a load balancer (decision 028): tells the browser which node serves its
 * session, in a cookie the balancer maps to that node, so a session's requests keep to the node
 * that holds it. A browser that arrives with another node's name — that node has stopped — gets
 * this node's, after signing in again here. Off unless {@code kundeloft.node.name} is set.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NodeRouteFilter extends OncePerRequestFilter {

    static final String COOKIE = "KUNDELOFT_NODE";

    private final String node;

    NodeRouteFilter(@Value("${kundeloft.node.name:}") String node) {
        this.node = node.trim();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return node.isEmpty();
    }

    @Override
    protected void doFilterInternal(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Cookie[] cookies = request.getCookies() == null ? new Cookie[0] : request.getCookies();
        boolean routed =
                Arrays.stream(cookies)
                        .anyMatch(
                                cookie ->
                                        cookie.getName().equals(COOKIE)
                                                && cookie.getValue().equals(node));
        if (!routed) {
            Cookie route = new Cookie(COOKIE, node);
            route.setPath("/");
            route.setHttpOnly(true);
            route.setSecure(request.isSecure());
            route.setAttribute("SameSite", "Lax");
            response.addCookie(route);
        }
        chain.doFilter(request, response);
    }
}
