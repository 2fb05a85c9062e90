package no.kundeloft.history.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.kundeloft.KaribuTest;
import no.kundeloft.TestClock;
import no.kundeloft.base.i18n.Translations;
import no.kundeloft.history.HistoryEntry;
import no.kundeloft.history.HistoryEntry.FieldChange;
import no.kundeloft.history.HistoryEntry.Kind;
import no.kundeloft.security.SalesRole;
import org.junit.jupiter.api.Test;

class HistoryTimelineTest extends KaribuTest {

    private static HistoryEntry entry(
            String by, String type, String label, Kind kind, FieldChange... changes) {
        return new HistoryEntry(
                7, TestClock.NOW, by, by + " Testesen", type, 42L, label, kind, List.of(changes));
    }

    private List<String> lines(HistoryTimeline timeline) {
        UI.getCurrent().add(timeline);
        return _find(timeline, ListItem.class).stream()
                .map(item -> item.getElement().getTextRecursively())
                .toList();
    }

    @Test
    void each_change_reads_as_field_from_to_in_the_users_language() {
        login(s.admin());
        List<String> lines =
                lines(
                        new HistoryTimeline(
                                List.of(
                                        entry(
                                                "am1",
                                                "Customer",
                                                "Fjordkraft Bygg AS",
                                                Kind.CHANGED,
                                                new FieldChange("city", null, "Bergen"),
                                                new FieldChange(
                                                        "customerSince",
                                                        null,
                                                        LocalDate.of(2026, 3, 1))),
                                        entry(
                                                "admin",
                                                "Employee",
                                                "am2 Testesen",
                                                Kind.CHANGED,
                                                new FieldChange(
                                                        "passwordChangeRequired", false, true),
                                                new FieldChange(
                                                        "role",
                                                        SalesRole.ACCOUNT_MANAGER,
                                                        SalesRole.TEAM_LEADER)),
                                        entry(
                                                "system",
                                                "Revenue",
                                                "",
                                                Kind.CHANGED,
                                                new FieldChange(
                                                        "2026-03",
                                                        new BigDecimal("1000.00"),
                                                        new BigDecimal("1250.5"))))));

        assertThat(lines.getFirst())
                .contains("Customer Fjordkraft Bygg AS changed", "by am1 Testesen");
        assertThat(lines)
                .contains(
                        "City– → Bergen",
                        "Must change passwordno → yes",
                        "RoleAccount Manager → Team leader",
                        "March 2026" + "1,000 → 1,250.5");
        assertThat(lines)
                .anySatisfy(
                        line -> assertThat(line).contains("Customer since– → ").contains("2026"));
        assertThat(lines)
                .anySatisfy(
                        line ->
                                assertThat(line)
                                        .contains(
                                                "by the system (import, start-up or scheduled job)"));
    }

    @Test
    void norwegian_users_read_it_in_norwegian() {
        login(s.admin());
        useLocale(Translations.NORWEGIAN);
        List<String> lines =
                lines(
                        new HistoryTimeline(
                                List.of(entry("am1", "Contact", "Eva Strand", Kind.REMOVED))));
        assertThat(lines)
                .singleElement()
                .satisfies(
                        line ->
                                assertThat(line)
                                        .contains("Kontakt Eva Strand fjernet", "av am1 Testesen"));
    }

    @Test
    void no_history_says_so() {
        login(s.admin());
        HistoryTimeline timeline = new HistoryTimeline(List.of());
        UI.getCurrent().add(timeline);
        assertThat(_find(timeline, Paragraph.class))
                .singleElement()
                .satisfies(p -> assertThat(p.getText()).startsWith("No changes recorded yet."));
    }
}
