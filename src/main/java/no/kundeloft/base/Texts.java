package no.kundeloft.base;

/** Text as users type it into optional fields. */
public final class Texts {

    private Texts() {}

    /** Null for nothing but blanks, else the text without its surrounding white space. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
