package no.kundeloft.visit;

import java.util.Set;

/** A planned visit a director or leader could join, and why it is suggested. */
public record OpenVisit(VisitItem visit, Set<Reason> reasons) {

    public boolean has(Reason reason) {
        return reasons.contains(reason);
    }

    /** What makes a visit worth joining. */
    public enum Reason {
        KEY_CUSTOMER,
        NO_DIRECTOR_IN_A_YEAR,
        FALLING_REVENUE
    }
}
