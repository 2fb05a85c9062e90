package no.kundeloft.calling;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What the calling page shows for a list: the next contact, or why there is none — the list has not
 * started, has ended or was stopped, it is outside its calling hours, or nobody is due now (and
 * when the next one is).
 */
public record QueueState(
        CallCard card,
        Why why,
        Instant nextDueAt,
        LocalDate startsOn,
        LocalTime callsFrom,
        LocalTime callsUntil,
        long waiting) {

    public enum Why {
        CALLING,
        NOT_STARTED,
        OUTSIDE_HOURS,
        ENDED,
        NOBODY_DUE
    }

    public boolean hasCard() {
        return card != null;
    }
}
