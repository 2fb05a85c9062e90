package no.kundeloft.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void text_is_written_as_a_json_string_whatever_it_holds() {
        assertThat(Json.of("Ærlig \"AS\" \\ 2026")).isEqualTo("\"Ærlig \\\"AS\\\" \\\\ 2026\"");
        assertThat(Json.of("Fjord\tBygg\nAS")).isEqualTo("\"Fjord\\tBygg\\nAS\"");
    }

    @Test
    void lists_and_maps_are_written_whole() {
        assertThat(Json.of(Map.of("data", List.of(1, 2)))).isEqualTo("{\"data\":[1,2]}");
    }
}
