package no.kundeloft.calling;

import java.time.Instant;

/** A call back the caller agreed: on which list, with whom, when. */
public record CallBackLine(
        Long entryId,
        Long listId,
        String listName,
        String customerName,
        String contactName,
        Instant dueAt) {}
