package no.kundeloft.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EChartTest {

    @Test
    void text_is_written_as_a_json_string() {
        assertThat(EChart.json("Ærlig \"AS\" \\ 2026")).isEqualTo("\"Ærlig \\\"AS\\\" \\\\ 2026\"");
    }
}
