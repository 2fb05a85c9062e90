package no.kundeloft.calling;

import java.time.OffsetDateTime;

/**
 * A call as the phone system posts it: who called (username or e-mail), the number called, when it
 * started, how many seconds it lasted, and the link to its recording.
 */
public record PhoneCall(
        String caller,
        String number,
        OffsetDateTime startedAt,
        Integer durationSeconds,
        String recordingUrl) {}
