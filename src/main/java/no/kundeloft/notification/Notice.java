package no.kundeloft.notification;

import java.time.Instant;

/**
 * What a notification is about: a name, the moment it concerns (or none), a comment (or none), and
 * its record's address.
 */
public record Notice(String subject, Instant subjectAt, String detail, String link) {

    public static Notice of(String subject, String link) {
        return new Notice(subject, null, null, link);
    }
}
