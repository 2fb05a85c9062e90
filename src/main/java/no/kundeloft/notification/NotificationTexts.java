package no.kundeloft.notification;

import java.time.Instant;
import java.util.Locale;
import no.kundeloft.base.Formats;

/**
 * How a notification reads, in the app and in its e-mail: its kind's message with who, what and
 * when.
 */
public final class NotificationTexts {

    private NotificationTexts() {}

    public static String key(NotificationKind kind) {
        return "notification." + kind.name();
    }

    /** {who did it, what it is about, when that is (or empty)}, in the reader's format. */
    public static Object[] arguments(
            String actorName, String subject, Instant subjectAt, Locale locale) {
        return new Object[] {
            actorName,
            subject == null ? "" : subject,
            subjectAt == null ? "" : Formats.dateTime(subjectAt, locale)
        };
    }
}
