package no.kundeloft.visit;

import java.time.Instant;

/** When a customer was last visited and is next to be; either may be null. */
public record VisitDates(Instant last, Instant next) {

    public static final VisitDates NONE = new VisitDates(null, null);
}
