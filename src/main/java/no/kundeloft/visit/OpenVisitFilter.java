package no.kundeloft.visit;

/**
 * Narrows the upcoming visits a director may join: key customers, falling revenue, no director met
 * in 12 months.
 */
public record OpenVisitFilter(
        boolean keyCustomersOnly, boolean fallingRevenue, boolean noDirectorInAYear) {}
