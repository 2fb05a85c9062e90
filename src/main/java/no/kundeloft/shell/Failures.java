package no.kundeloft.shell;

import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

/**
 * What the error handler and the error page share: the reference a user quotes, and the walk down
 * the causes.
 */
final class Failures {

    private Failures() {}

    /** A short reference that the message shows and the log line has too. */
    static String newReference() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    /** The error itself or its first cause that is of the type; null when none is. */
    static <T extends Throwable> T cause(Throwable error, Class<T> type) {
        Throwable found = firstCause(error, type::isInstance);
        return found == null ? null : type.cast(found);
    }

    /** Whether the error or one of its causes matches. */
    static boolean anyCause(Throwable error, Predicate<Throwable> test) {
        return firstCause(error, test) != null;
    }

    private static Throwable firstCause(Throwable error, Predicate<Throwable> test) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (test.test(t)) {
                return t;
            }
        }
        return null;
    }
}
