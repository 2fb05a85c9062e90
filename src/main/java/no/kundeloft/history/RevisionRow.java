package no.kundeloft.history;

import java.time.Instant;
import java.util.List;

/** One save in the admins' history search: when, by whom, and which kinds of record it changed. */
public record RevisionRow(
        long id, Instant at, String byUsername, String byName, List<String> recordTypes) {}
