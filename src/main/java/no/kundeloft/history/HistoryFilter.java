package no.kundeloft.history;

import java.time.Instant;

/**
 * What the admins' history search shows: saves by a user whose username or name contains {@code
 * who} (blank for all), touching records of {@code recordType} (an entity's simple name such as
 * {@code Customer}; null for all), from {@code from} (inclusive) until {@code until} (exclusive).
 */
public record HistoryFilter(String who, String recordType, Instant from, Instant until) {

    public static HistoryFilter none() {
        return new HistoryFilter(null, null, null, null);
    }
}
