package no.kundeloft.visit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import no.kundeloft.ScenarioTest;
import no.kundeloft.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The .ics of a visit, parsed back with ical4j and checked field by field. */
class VisitCalendarFileTest extends ScenarioTest {

    private static final LocalDateTime AT =
            TestClock.DEFAULT.plusDays(40).truncatedTo(ChronoUnit.DAYS).withHour(10);

    @Autowired VisitService visits;

    @Autowired VisitQueries visitQueries;

    private VEvent parse(Long id) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        visitQueries.writeCalendarFile(id, out);
        Calendar calendar =
                new CalendarBuilder().build(new ByteArrayInputStream(out.toByteArray()));
        assertThat(calendar.getProperty(Property.PRODID).orElseThrow().getValue())
                .isEqualTo(VisitCalendarFile.PRODUCT);
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        return calendar.<VEvent>getComponents("VEVENT").getFirst();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }

    @Test
    void a_visit_becomes_an_event_in_oslo_time_with_a_stable_uid_and_a_rising_sequence()
            throws Exception {
        signIn.as(s.am1());
        VisitForm form = new VisitForm();
        form.setCustomerId(s.c1().getId());
        form.setHostId(s.am1().getId());
        form.setStart(AT);
        form.setDurationMinutes(90);
        form.setMode(VisitMode.ON_SITE);
        form.setLocation("Storgata 1, Oslo");
        form.setPurpose("Yearly review");
        VisitDetails visit = visits.plan(form);

        VEvent planned = parse(visit.item().id());
        java.time.format.DateTimeFormatter ical =
                java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
        assertThat(value(planned, Property.UID))
                .isEqualTo("visit-" + visit.item().id() + "@kundeloft.no");
        assertThat(value(planned, Property.DTSTART)).isEqualTo(ical.format(AT));
        assertThat(
                        planned.getProperty(Property.DTSTART)
                                .orElseThrow()
                                .getParameter("TZID")
                                .orElseThrow()
                                .getValue())
                .isEqualTo("Europe/Oslo");
        assertThat(value(planned, Property.DTEND)).isEqualTo(ical.format(AT.plusMinutes(90)));
        assertThat(value(planned, Property.SUMMARY))
                .isEqualTo(s.c1().getName() + ": Yearly review");
        assertThat(value(planned, Property.LOCATION)).isEqualTo("Storgata 1, Oslo");
        assertThat(value(planned, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(planned, Property.STATUS)).isEqualTo("CONFIRMED");

        form.setStart(AT.plusHours(1));
        form.setVersion(visit.version());
        VisitDetails moved = visits.update(visit.item().id(), form);
        VEvent afterMove = parse(visit.item().id());
        assertThat(value(afterMove, Property.UID)).isEqualTo(value(planned, Property.UID));
        assertThat(value(afterMove, Property.SEQUENCE)).isEqualTo("1");

        visits.cancel(visit.item().id(), moved.version());
        VEvent cancelled = parse(visit.item().id());
        assertThat(value(cancelled, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(value(cancelled, Property.SEQUENCE)).isEqualTo("2");
    }
}
