package no.kundeloft.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountryNamesTest {

    @Test
    void codes_and_names_in_norwegian_and_english_are_read() {
        assertThat(CountryNames.code("Norge")).contains("NO");
        assertThat(CountryNames.code("norway")).contains("NO");
        assertThat(CountryNames.code(" NO ")).contains("NO");
        assertThat(CountryNames.code("NOR")).contains("NO");
        assertThat(CountryNames.code("Sverige")).contains("SE");
        assertThat(CountryNames.code("Danmark")).contains("DK");
        assertThat(CountryNames.code("Denmark")).contains("DK");
        assertThat(CountryNames.code("Tyskland")).contains("DE");
    }

    @Test
    void what_names_no_country_is_not_read() {
        assertThat(CountryNames.code("Nordland")).isEmpty();
        assertThat(CountryNames.code("")).isEmpty();
        assertThat(CountryNames.code(null)).isEmpty();
    }

    @Test
    void a_code_is_named_in_the_language() {
        assertThat(CountryNames.name("SE", Locale.forLanguageTag("nb-NO"))).isEqualTo("Sverige");
        assertThat(CountryNames.name("SE", Locale.ENGLISH)).isEqualTo("Sweden");
    }
}
