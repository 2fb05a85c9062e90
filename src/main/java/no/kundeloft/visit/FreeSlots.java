package no.kundeloft.visit;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import no.kundeloft.base.Formats;

/**
 * The starts at which a meeting of a given length fits into a seller's working days: on the half
 * hour, between 08:00 and 17:00 Oslo time, Monday to Friday, clear of every busy block, and not in
 * the past.
 */
public final class FreeSlots {

    public static final LocalTime DAY_STARTS = LocalTime.of(8, 0);
    public static final LocalTime DAY_ENDS = LocalTime.of(17, 0);
    public static final Duration STEP = Duration.ofMinutes(30);

    private FreeSlots() {}

    /** The free starts on the given days, in order. */
    public static List<LocalDateTime> on(
            List<LocalDate> days, Duration length, List<BusyBlock> busy, Instant notBefore) {
        List<LocalDateTime> free = new ArrayList<>();
        for (LocalDate day : days) {
            if (day.getDayOfWeek() == DayOfWeek.SATURDAY
                    || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                continue;
            }
            for (LocalDateTime start = day.atTime(DAY_STARTS);
                    !start.plus(length).isAfter(day.atTime(DAY_ENDS));
                    start = start.plus(STEP)) {
                Instant from = start.atZone(Formats.ZONE).toInstant();
                Instant to = start.plus(length).atZone(Formats.ZONE).toInstant();
                if (!from.isBefore(notBefore)
                        && busy.stream().noneMatch(block -> block.overlaps(from, to))) {
                    free.add(start);
                }
            }
        }
        return free;
    }
}
