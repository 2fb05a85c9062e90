package no.kundeloft.customer;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * One line of a customer's timeline: what happened when, said by a message key and its arguments
 * (an argument that is a {@link Word} is itself a message key; moments, days, months and amounts
 * are shown in the user's format), with the text someone wrote, who did it, and the address of the
 * record it is about.
 */
public record TimelineEntry(
        TimelineKind kind,
        Instant at,
        String messageKey,
        List<Object> arguments,
        String text,
        String byName,
        String link) {

    /** Newest first; at the same moment in the order of the kinds. */
    public static final Comparator<TimelineEntry> NEWEST_FIRST =
            Comparator.comparing(TimelineEntry::at).reversed().thenComparing(TimelineEntry::kind);

    public TimelineEntry {
        // a missing argument (a month corrected from nothing) reads as a dash
        arguments =
                arguments.stream()
                        .map(argument -> argument == null ? (Object) "–" : argument)
                        .toList();
    }

    /** An argument that is a message key, such as an outcome or a status. */
    public record Word(String key) {}
}
