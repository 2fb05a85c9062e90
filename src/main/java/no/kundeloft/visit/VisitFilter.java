package no.kundeloft.visit;

/** Narrows the calendar: one host, one customer, key customers only, visits a director attends. */
public record VisitFilter(
        Long hostId, Long customerId, boolean keyCustomersOnly, boolean directorAttending) {

    public static VisitFilter none() {
        return new VisitFilter(null, null, false, false);
    }
}
