package no.kundeloft.base.ui;

import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for the browser-side widgets (charts, calendars), written by Jackson: any text, with tabs,
 * line breaks or quotes from an imported name, comes out as a valid JSON string.
 */
public final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {}

    /** {@code value} (a text, number, list, map or record) as JSON. */
    public static String of(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
