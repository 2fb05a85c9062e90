package no.kundeloft.visit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import no.kundeloft.base.Formats;

/**
 * Visits as iCalendar (RFC 5545) with ical4j: times in Europe/Oslo with its VTIMEZONE, a UID that
 * stays the same for the life of a visit, and a SEQUENCE that rises when it moves or is cancelled,
 * so calendar programs update the event instead of adding a new one.
 */
final class VisitCalendarFile {

    static final String PRODUCT = "-//Kundeloft//Visits 1.0//NO";

    private VisitCalendarFile() {}

    /** The UID of a visit's event, the same in every file and feed. */
    static String uid(Long visitId) {
        return "visit-" + visitId + "@kundeloft.no";
    }

    static void write(List<Visit> visits, Instant stamp, OutputStream out) throws IOException {
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(ImmutableMethod.PUBLISH);
        calendar.add(
                TimeZoneRegistryFactory.getInstance()
                        .createRegistry()
                        .getTimeZone(Formats.ZONE.getId())
                        .getVTimeZone());
        for (Visit visit : visits) {
            calendar.add(event(visit, stamp));
        }
        new CalendarOutputter(false).output(calendar, out);
    }

    private static VEvent event(Visit visit, Instant stamp) {
        VEvent event =
                new VEvent(
                        ZonedDateTime.ofInstant(visit.getStartsAt(), Formats.ZONE),
                        ZonedDateTime.ofInstant(visit.getEndsAt(), Formats.ZONE),
                        visit.getCustomer().getName() + ": " + visit.getPurpose());
        event.add(new Uid(uid(visit.getId())));
        event.add(new DtStamp(stamp));
        event.add(new Sequence(visit.getIcalSequence()));
        event.add(
                visit.getStatus() == VisitStatus.CANCELLED
                        ? ImmutableStatus.VEVENT_CANCELLED
                        : ImmutableStatus.VEVENT_CONFIRMED);
        if (visit.getLocation() != null) {
            event.add(new Location(visit.getLocation()));
        }
        if (visit.getVideoLink() != null && VideoLinks.isSafe(visit.getVideoLink())) {
            event.add(new Location(visit.getVideoLink()));
            event.add(new Url(java.net.URI.create(visit.getVideoLink().strip())));
        }
        StringBuilder description =
                new StringBuilder("Host: ").append(visit.getHost().getFullName());
        if (visit.getAgenda() != null) {
            description.append("\n\n").append(visit.getAgenda());
        }
        event.add(new Description(description.toString()));
        return event;
    }
}
