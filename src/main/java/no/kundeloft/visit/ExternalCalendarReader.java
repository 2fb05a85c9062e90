package no.kundeloft.visit;

import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.util.CompatibilityHints;
import no.kundeloft.base.Formats;

/**
 * The busy times in a published iCalendar between two moments (ical4j): every event's occurrences,
 * repeating ones expanded, all-day ones as whole days; events marked free (TRANSP:TRANSPARENT) or
 * cancelled are left out.
 */
final class ExternalCalendarReader {

    static {
        // Outlook and Google publish calendars that strict parsing refuses (Windows time zone
        // names, folded lines)
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_PARSING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_UNFOLDING, true);
        CompatibilityHints.setHintEnabled(CompatibilityHints.KEY_RELAXED_VALIDATION, true);
    }

    private ExternalCalendarReader() {}

    static List<BusyBlock> busy(String ics, Instant from, Instant to)
            throws IOException, ParserException {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        Period<ZonedDateTime> window =
                new Period<>(from.atZone(Formats.ZONE), to.atZone(Formats.ZONE));
        List<BusyBlock> blocks = new ArrayList<>();
        for (VEvent event : calendar.<VEvent>getComponents(Component.VEVENT)) {
            if ("TRANSPARENT".equalsIgnoreCase(value(event, Property.TRANSP))
                    || "CANCELLED".equalsIgnoreCase(value(event, Property.STATUS))) {
                continue;
            }
            ZoneId zone = zoneOf(event);
            for (Period<Temporal> occurrence : event.<Temporal>calculateRecurrenceSet(window)) {
                Instant start = instant(occurrence.getStart(), zone);
                Instant end = instant(occurrence.getEnd(), zone);
                if (end.isAfter(start)) {
                    blocks.add(new BusyBlock(start, end));
                }
            }
        }
        blocks.sort(java.util.Comparator.comparing(BusyBlock::start));
        return blocks;
    }

    /**
     * The event's own time zone when Java knows it by that name: ical4j's reading of a zone without
     * its VTIMEZONE loses summer time.
     */
    private static ZoneId zoneOf(VEvent event) {
        return event.getProperties().stream()
                .filter(p -> p.getName().equalsIgnoreCase(Property.DTSTART))
                .findFirst()
                .flatMap(start -> start.<Parameter>getParameter(Parameter.TZID))
                .map(Parameter::getValue)
                .flatMap(ExternalCalendarReader::javaZone)
                .orElse(null);
    }

    private static java.util.Optional<ZoneId> javaZone(String id) {
        try {
            return java.util.Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * A moment of an occurrence: a day from its start in Oslo, a local time in the event's zone,
     * else as given.
     */
    private static Instant instant(Temporal time, ZoneId zone) {
        return switch (time) {
            case LocalDate day -> day.atStartOfDay(Formats.ZONE).toInstant();
            case LocalDateTime local ->
                    local.atZone(zone == null ? Formats.ZONE : zone).toInstant();
            case ZonedDateTime zoned ->
                    zone == null
                            ? zoned.toInstant()
                            : zoned.toLocalDateTime().atZone(zone).toInstant();
            case OffsetDateTime offset -> offset.toInstant();
            case Instant instant -> instant;
            default -> Instant.from(time);
        };
    }

    private static String value(Component component, String name) {
        return component.getProperties().stream()
                .filter(p -> p.getName().equalsIgnoreCase(name))
                .map(Property::getValue)
                .findFirst()
                .orElse(null);
    }
}
