package no.kundeloft.visit;

import java.time.Instant;

/** A key customer with when a director last attended a visit there (null when never). */
public record CoverageLine(
        Long customerId,
        String customerName,
        String ownerName,
        Instant lastDirectorVisit,
        String directorName,
        boolean uncovered) {}
