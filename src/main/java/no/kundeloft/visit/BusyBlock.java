package no.kundeloft.visit;

import java.time.Instant;

/**
 * A time a seller is busy, without what it is (all a meeting booker may see): a visit, or a block
 * of their own calendar.
 */
public record BusyBlock(Instant start, Instant end) {

    boolean overlaps(Instant from, Instant to) {
        return start.isBefore(to) && end.isAfter(from);
    }
}
