package no.kundeloft.visit;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /calendar/{token}.ics}: a private feed, read-only, for calendar programs; no session
 * needed.
 */
@RestController
class CalendarFeedController {

    private final CalendarFeedService feeds;

    CalendarFeedController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    @GetMapping("/calendar/{token}.ics")
    void feed(@PathVariable String token, HttpServletResponse response) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (!feeds.writeFeed(token, body)) {
            // A plain 404, not an error page: the error page is for signed-in users and would
            // redirect to login.
            response.setStatus(HttpStatus.NOT_FOUND.value());
            response.setContentType("text/plain; charset=UTF-8");
            response.getWriter().write("No such calendar feed");
            return;
        }
        response.setContentType("text/calendar; charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(body.toByteArray());
    }
}
