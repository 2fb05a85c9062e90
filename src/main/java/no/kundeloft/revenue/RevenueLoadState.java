package no.kundeloft.revenue;

import java.time.Instant;
import java.time.YearMonth;

/**
 * Through which month revenue is loaded, who set it last and when, and the newest month that may be
 * set today.
 */
public record RevenueLoadState(
        LoadedThrough loadedThrough,
        String changedBy,
        Instant changedAt,
        YearMonth latestSettable) {}
