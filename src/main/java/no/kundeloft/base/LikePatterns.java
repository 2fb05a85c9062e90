package no.kundeloft.base;

import java.util.Locale;

/**
 * What a user types into a search box, as a SQL {@code LIKE} pattern that takes {@code %}, {@code
 * _} and {@code \} literally; queries name {@link #ESCAPE} as the escape character.
 */
public final class LikePatterns {

    public static final char ESCAPE = '\\';

    private LikePatterns() {}

    /** The text trimmed and in lower case, found anywhere (compare with a lower-cased column). */
    public static String containing(String text) {
        return "%" + escape(text.trim().toLowerCase(Locale.ROOT)) + "%";
    }

    public static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
