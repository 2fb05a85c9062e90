package no.kundeloft.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A seller's own published calendar, served by an HTTP server in the test, counts as busy when they
 * are booked.
 */
class ExternalCalendarServiceTest extends ScenarioTest {

    private static final DateTimeFormatter ICAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    @Autowired ExternalCalendarService calendars;
    @Autowired VisitService visits;
    @Autowired VisitQueries visitQueries;

    private HttpServer server;
    private String ics = "";

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext(
                "/cal.ics",
                exchange -> {
                    byte[] body = ics.getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(
                            body.length == 0 ? 404 : 200, body.length == 0 ? -1 : body.length);
                    if (body.length > 0) {
                        exchange.getResponseBody().write(body);
                    }
                    exchange.close();
                });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String address() {
        return "http://localhost:" + server.getAddress().getPort() + "/cal.ics";
    }

    private static String event(String uid, LocalDateTime start, int minutes, String extra) {
        return "BEGIN:VEVENT\r\nUID:"
                + uid
                + "\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;TZID=Europe/Oslo:"
                + ICAL.format(start)
                + "\r\nDTEND;TZID=Europe/Oslo:"
                + ICAL.format(start.plusMinutes(minutes))
                + "\r\nSUMMARY:Private\r\n"
                + extra
                + "END:VEVENT\r\n";
    }

    @Test
    void a_weekly_meeting_in_outlook_is_busy_each_week_and_free_or_cancelled_ones_are_not() {
        LocalDate monday = TestClock.TODAY.plusWeeks(1).with(java.time.DayOfWeek.MONDAY);
        ics =
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\n"
                        + event("weekly", monday.atTime(9, 0), 60, "RRULE:FREQ=WEEKLY;COUNT=4\r\n")
                        + event("free", monday.atTime(12, 0), 60, "TRANSP:TRANSPARENT\r\n")
                        + event("cancelled", monday.atTime(14, 0), 60, "STATUS:CANCELLED\r\n")
                        + "END:VCALENDAR\r\n";
        signIn.as(s.am1());
        assertThat(calendars.link(address())).as("four weekly meetings").isEqualTo(4);

        signIn.as(s.booker());
        SellerWeek week = visitQueries.week(s.am1().getId(), monday.plusWeeks(1), 60);
        assertThat(week.busy())
                .singleElement()
                .satisfies(
                        block ->
                                assertThat(block.start())
                                        .isEqualTo(
                                                monday.plusWeeks(1)
                                                        .atTime(9, 0)
                                                        .atZone(no.kundeloft.base.Formats.ZONE)
                                                        .toInstant()));
        assertThat(week.free())
                .doesNotContain(monday.plusWeeks(1).atTime(9, 0), monday.plusWeeks(1).atTime(8, 30))
                .contains(
                        monday.plusWeeks(1).atTime(8, 0),
                        monday.plusWeeks(1).atTime(10, 0),
                        monday.plusWeeks(1).atTime(12, 0));

        signIn.as(s.am1());
        calendars.unlink();
        signIn.as(s.booker());
        assertThat(visitQueries.week(s.am1().getId(), monday.plusWeeks(1), 60).busy()).isEmpty();
    }

    @Test
    void an_address_that_is_not_a_calendar_is_refused_and_nothing_is_linked() {
        signIn.as(s.am1());
        ics = "<html>Sign in to Outlook</html>";
        assertThatThrownBy(() -> calendars.link(address()))
                .isInstanceOf(VisitRefusedException.class)
                .hasMessageContaining("notCalendar");
        ics = "";
        assertThatThrownBy(() -> calendars.link(address()))
                .hasMessageContaining("calendar.external.refused.status");
        assertThatThrownBy(() -> calendars.link("ftp://example.com/cal.ics"))
                .hasMessageContaining("calendar.external.refused.address");
        assertThat(calendars.mine()).isEmpty();
    }

    @Test
    void outside_the_tests_an_address_on_the_companys_own_network_or_without_https_is_refused() {
        ExternalCalendars strict = new ExternalCalendars(null, null, null, false);
        assertThatThrownBy(() -> strict.checked("https://127.0.0.1/cal.ics"))
                .hasMessageContaining("internal");
        assertThatThrownBy(() -> strict.checked("https://localhost/cal.ics"))
                .hasMessageContaining("internal");
        assertThatThrownBy(() -> strict.checked("https://10.0.0.5/cal.ics"))
                .hasMessageContaining("internal");
        assertThatThrownBy(() -> strict.checked("http://calendar.example.com/cal.ics"))
                .hasMessageContaining("address");
        assertThat(strict.checked("webcal://8.8.8.8/cal.ics").getScheme()).isEqualTo("https");
    }
}
