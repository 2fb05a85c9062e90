package no.kundeloft.calling;

/** What playing a recording needs to know: its type and length in bytes. */
public record CallRecordingInfo(Long id, String contentType, long sizeBytes) {}
