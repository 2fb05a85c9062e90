package no.kundeloft.importing;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Recognising a file's columns from their headers, however people spell them ("Org. nr.", "orgnr").
 */
public final class Headers {

    private Headers() {}

    /** "Org. nr." → "orgnr": lower case letters and digits only, æøå kept. */
    public static String normalise(String header) {
        String lower =
                Normalizer.normalize(header == null ? "" : header, Normalizer.Form.NFC)
                        .toLowerCase(Locale.ROOT);
        return lower.replaceAll("[^a-z0-9æøå]", "");
    }

    /**
     * Each recognised header's meaning, by column index, from a map of normalised headers; a
     * meaning is used once, by the first column that names it.
     */
    public static <T> Map<Integer, T> match(
            List<String> headers, Map<String, T> byNormalisedHeader) {
        Map<Integer, T> mapping = new LinkedHashMap<>();
        for (int i = 0; i < headers.size(); i++) {
            T meaning = byNormalisedHeader.get(normalise(headers.get(i)));
            if (meaning != null && !mapping.containsValue(meaning)) {
                mapping.put(i, meaning);
            }
        }
        return mapping;
    }
}
