package no.kundeloft.calling;

import java.time.LocalDate;
import java.time.LocalTime;

/** A call list in the leaders' list and the callers' picker, with how far it has come. */
public record CallListRow(
        Long id,
        String name,
        String ownerName,
        LocalDate startsOn,
        LocalDate endsOn,
        LocalTime callsFrom,
        LocalTime callsUntil,
        CallListStatus status,
        int callers,
        long waiting,
        long callBacks,
        long done,
        long callsToday) {

    public long total() {
        return waiting + callBacks + done;
    }
}
