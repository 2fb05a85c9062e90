package no.kundeloft.pipeline.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Map;
import no.kundeloft.KaribuTest;
import no.kundeloft.TestClock;
import no.kundeloft.pipeline.DealColumn;
import no.kundeloft.pipeline.DealFilter;
import no.kundeloft.pipeline.DealService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DealImportViewTest extends KaribuTest {

    private static final YearMonth NEXT = YearMonth.from(TestClock.TODAY).plusMonths(1);

    @Autowired DealService deals;

    private DealImportView open() {
        login(s.am1());
        UI.getCurrent().navigate("pipeline/import");
        return _get(DealImportView.class);
    }

    @Test
    void a_file_with_a_bad_row_keeps_the_import_off_and_says_why_then_a_good_one_imports() {
        DealImportView view = open();
        view.frame.fileReceived(
                "deals.csv",
                uploaded(
                        """
                Organisasjonsnummer;Tittel;Årlig verdi;Lukkes
                923609016;Skyplattform;100000;%s
                923609016;Flere brukere;lots;%s
                """
                                .formatted(NEXT, NEXT)
                                .getBytes(StandardCharsets.UTF_8)));

        assertThat(view.frame.columnChoices().mapping())
                .containsExactly(
                        Map.entry(0, DealColumn.ORG_NUMBER),
                        Map.entry(1, DealColumn.TITLE),
                        Map.entry(2, DealColumn.YEARLY_VALUE),
                        Map.entry(3, DealColumn.CLOSE_MONTH));
        assertThat(_get(Span.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("2 rows, 1 with problems.");
        assertThat(_get(Button.class, spec -> spec.withId("import-button")).isEnabled()).isFalse();
        assertThat(_get(Span.class, spec -> spec.withId("import-why")).getText())
                .startsWith("One row has problems: correct them in the file");
        assertThat(_get(Anchor.class, spec -> spec.withId("import-problem-file")).isVisible())
                .isTrue();

        view.frame.fileReceived(
                "deals.csv",
                uploaded(
                        """
                Organisasjonsnummer;Tittel;Årlig verdi;Lukkes
                923609016;Skyplattform;100000;%s
                """
                                .formatted(NEXT)
                                .getBytes(StandardCharsets.UTF_8)));
        assertThat(_get(Span.class, spec -> spec.withId("import-why")).getText()).isEmpty();
        LocatorJ._click(_get(Button.class, spec -> spec.withId("import-button")));
        assertThat(deals.count(DealFilter.open())).isEqualTo(1);
    }
}
