package no.kundeloft.revenue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import no.kundeloft.KaribuTest;
import no.kundeloft.TestOrganisation;
import no.kundeloft.revenue.RevenueImport;
import no.kundeloft.revenue.RevenueLoadService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RevenueImportViewTest extends KaribuTest {

    @Autowired TestOrganisation testOrganisation;
    @Autowired RevenueLoadService revenueLoad;

    private RevenueImportView open() {
        login(s.mgrA());
        UI.getCurrent().navigate("customers/revenue-import");
        return _get(RevenueImportView.class);
    }

    @Test
    void a_manager_checks_and_imports_revenue() {
        RevenueImportView view = open();
        view.frame.fileReceived(
                "omsetning.csv",
                uploaded(
                        "Orgnr;Måned;Beløp\n923609016;2026-01;1000\n"
                                .getBytes(StandardCharsets.UTF_8)));
        assertThat(_get(Span.class, spec -> spec.withId("revenue-import-summary")).getText())
                .isEqualTo("1 rows, 0 with problems: 1 new months, 0 replaced.");
        _click(_get(Button.class, spec -> spec.withId("import-button")));
        NotificationsKt.expectNotifications("1 months of revenue imported.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void problems_are_shown_and_block_the_import() {
        RevenueImportView view = open();
        view.frame.fileReceived(
                "omsetning.csv",
                uploaded(
                        "Orgnr;Måned;Beløp\n923609016;januar;1000\n"
                                .getBytes(StandardCharsets.UTF_8)));
        Grid<RevenueImport.Row> rows = _get(Grid.class, spec -> spec.withId("import-rows"));
        assertThat(GridKt._getFormatted(rows, 0, "problems"))
                .isEqualTo("\"januar\" is not a month (write 2026-03 or 03.2026).");
        assertThat(_get(Button.class, spec -> spec.withId("import-button")).isEnabled()).isFalse();
    }

    @Test
    void sellers_and_team_leaders_are_denied() {
        login(s.lead1());
        assertThatThrownBy(() -> UI.getCurrent().navigate("customers/revenue-import"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void a_file_ending_with_a_month_after_the_loaded_one_asks_whether_it_completes_that_month() {
        RevenueImportView view = open();
        assertThat(_get(Paragraph.class, spec -> spec.withId("revenue-load-state")).getText())
                .startsWith("Revenue is loaded through May 2026.");
        testOrganisation.revenueLoadedThrough(YearMonth.of(2026, 3));
        view.frame.fileReceived(
                "omsetning.csv",
                uploaded(
                        "Orgnr;Måned;Beløp\n923609016;2026-04;1000\n914778271;2026-05;500\n"
                                .getBytes(StandardCharsets.UTF_8)));
        assertThat(view.complete.isVisible()).isTrue();
        assertThat(view.complete.getLabel())
                .isEqualTo("Revenue for every customer is complete through May 2026");
        view.complete.setValue(true);
        _click(_get(Button.class, spec -> spec.withId("import-button")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("revenue-load-state")).getText())
                .startsWith("Revenue is loaded through May 2026.")
                .contains("Set by mgrA Testesen");
    }

    @Test
    void a_file_of_months_already_loaded_or_not_ended_does_not_ask() {
        RevenueImportView view = open();
        view.frame.fileReceived(
                "omsetning.csv",
                uploaded(
                        "Orgnr;Måned;Beløp\n923609016;2026-04;1000\n"
                                .getBytes(StandardCharsets.UTF_8)));
        assertThat(view.complete.isVisible()).isFalse();
        view.frame.fileReceived(
                "omsetning.csv",
                uploaded(
                        "Orgnr;Måned;Beløp\n923609016;2026-06;1000\n"
                                .getBytes(StandardCharsets.UTF_8)));
        assertThat(view.complete.isVisible()).as("June has not ended").isFalse();
    }

    @Test
    void an_administrator_moves_the_loaded_month_back_after_confirming() {
        login(s.admin());
        UI.getCurrent().navigate("customers/revenue-import");
        RevenueLoadSection section = _get(RevenueLoadSection.class);
        assertThat(section.month.getValue()).isEqualTo(YearMonth.of(2026, 5));
        section.month.setValue(YearMonth.of(2026, 2));
        _click(section.set);
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("revenue-load-back"));
        assertThat(section.state.getText()).startsWith("Revenue is loaded through May 2026.");
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(section.state.getText())
                .startsWith("Revenue is loaded through February 2026.")
                .contains("Set by admin Testesen");
        assertThat(revenueLoad.loadedThrough().month()).isEqualTo(YearMonth.of(2026, 2));
    }

    @Test
    void a_sales_manager_sees_the_loaded_month_but_cannot_set_it() {
        open();
        assertThat(_find(RevenueLoadSection.class).getFirst().month.isAttached()).isFalse();
        assertThat(_find(Button.class, spec -> spec.withId("revenue-load-set"))).isEmpty();
    }
}
