package no.kundeloft.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import no.kundeloft.customer.CustomerStatus;
import no.kundeloft.customer.CustomerTier;
import no.kundeloft.organisation.OrganisationWarning;
import no.kundeloft.organisation.Sector;
import no.kundeloft.security.SalesRole;
import org.junit.jupiter.api.Test;

class TranslationsTest {

    private static final Pattern LITERAL_KEY =
            Pattern.compile("getTranslation\\(\\s*\"([a-zA-Z0-9_.]+)\"\\s*[,)]");

    private final Translations translations = new Translations();

    private static Set<String> keys(Locale locale) {
        return new TreeSet<>(Collections.list(Translations.bundle(locale).getKeys()));
    }

    @Test
    void both_bundles_have_the_same_keys() {
        Set<String> norwegian = keys(Translations.NORWEGIAN);
        Set<String> english = keys(Translations.ENGLISH);
        assertThat(norwegian).as("keys missing in bokmål").containsAll(english);
        assertThat(english).as("keys missing in English").containsAll(norwegian);
    }

    /** A key written twice silently shows the later text where the earlier was meant. */
    @Test
    void no_key_is_written_twice() throws IOException {
        for (String bundle : List.of("messages_en.properties", "messages_nb.properties")) {
            List<String> keys =
                    Files.readAllLines(Path.of("src/main/resources/i18n", bundle)).stream()
                            .filter(line -> line.contains("=") && !line.strip().startsWith("#"))
                            .map(line -> line.substring(0, line.indexOf('=')).strip())
                            .toList();
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            keys.forEach(key -> (seen.add(key) ? seen : twice).add(key));
            assertThat(twice).as("keys written twice in " + bundle).isEmpty();
        }
    }

    @Test
    void every_key_the_code_names_exists() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = LITERAL_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        assertThat(keys(Translations.ENGLISH)).containsAll(used);
    }

    @Test
    void every_enum_shown_to_users_has_a_text() {
        Set<String> needed = new TreeSet<>();
        Stream.of(SalesRole.values()).forEach(v -> needed.add("role." + v));
        Stream.of(Sector.values()).forEach(v -> needed.add("sector." + v));
        Stream.of(CustomerStatus.values()).forEach(v -> needed.add("status." + v));
        Stream.of(CustomerTier.values()).forEach(v -> needed.add("tier." + v));
        Stream.of(OrganisationWarning.Kind.values()).forEach(v -> needed.add("warning." + v));
        Translations.LOCALES.forEach(locale -> needed.add("language." + locale.getLanguage()));
        Stream.of(no.kundeloft.budget.BudgetKind.values())
                .forEach(v -> needed.add("budget.kind." + v));
        Stream.of(no.kundeloft.budget.BudgetStatus.values())
                .forEach(v -> needed.add("budget.state." + v));
        Stream.of(no.kundeloft.budget.BudgetStatus.values())
                .forEach(v -> needed.add("budget.status." + v));
        Stream.of(no.kundeloft.attainment.Measure.values())
                .forEach(v -> needed.add("attainment.measure." + v));
        Stream.of(no.kundeloft.revenue.RollupLevel.values())
                .forEach(v -> needed.add("attainment.level." + v));
        Stream.of(no.kundeloft.visit.VisitMode.values())
                .forEach(v -> needed.add("visit.mode." + v));
        Stream.of(no.kundeloft.visit.VisitStatus.values())
                .forEach(v -> needed.add("visit.status." + v));
        Stream.of(no.kundeloft.visit.VisitOutcome.values())
                .forEach(v -> needed.add("visit.outcome." + v));
        Stream.of(no.kundeloft.visit.ParticipantStatus.values())
                .forEach(v -> needed.add("visit.participant." + v));
        Stream.of(no.kundeloft.notification.NotificationKind.values())
                .forEach(
                        v -> {
                            needed.add("notification." + v);
                            needed.add("notifications.kind." + v);
                        });
        assertThat(keys(Translations.ENGLISH)).containsAll(needed);
        assertThat(keys(Translations.NORWEGIAN)).containsAll(needed);
    }

    @Test
    void translates_with_parameters_in_each_language() {
        assertThat(translations.getTranslation("home.greeting", Translations.NORWEGIAN, "Kari"))
                .isEqualTo("Velkommen, Kari");
        assertThat(translations.getTranslation("home.greeting", Translations.ENGLISH, "Kari"))
                .isEqualTo("Welcome, Kari");
    }

    @Test
    void other_languages_get_bokmal_and_english_variants_get_english() {
        assertThat(Translations.supported(Locale.forLanguageTag("nn-NO")))
                .isEqualTo(Translations.NORWEGIAN);
        assertThat(Translations.supported(Locale.GERMAN)).isEqualTo(Translations.NORWEGIAN);
        assertThat(Translations.supported(Locale.US)).isEqualTo(Translations.ENGLISH);
        assertThat(Translations.forLanguageTag("")).isNull();
    }

    @Test
    void a_missing_key_is_shown_marked_not_hidden() {
        assertThat(translations.getTranslation("no.such.key", Translations.ENGLISH))
                .isEqualTo("!no.such.key!");
    }
}
