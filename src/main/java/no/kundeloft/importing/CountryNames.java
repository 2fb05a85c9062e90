package no.kundeloft.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Countries as files write them: a two- or three-letter ISO code ("NO", "NOR") or the country's
 * name in Norwegian or English ("Norge", "Norway", "Sverige", "Denmark"), from the JDK's locale
 * data.
 */
public final class CountryNames {

    private static final List<Locale> LANGUAGES =
            List.of(Locale.forLanguageTag("nb"), Locale.forLanguageTag("nn"), Locale.ENGLISH);
    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            CODES.put(key(code), code);
            CODES.put(key(country.getISO3Country()), code);
            for (Locale language : LANGUAGES) {
                CODES.putIfAbsent(key(country.getDisplayCountry(language)), code);
            }
        }
    }

    private CountryNames() {}

    /** The two-letter code of the country the text names, if it names one. */
    public static Optional<String> code(String text) {
        return Optional.ofNullable(CODES.get(key(text)));
    }

    /** The country's name in the language, e.g. "Norge" for NO in bokmål. */
    public static String name(String code, Locale language) {
        return code == null ? "" : Locale.of("", code).getDisplayCountry(language);
    }

    private static String key(String text) {
        return text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
    }
}
