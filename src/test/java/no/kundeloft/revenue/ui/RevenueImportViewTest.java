package no.kundeloft.revenue.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import no.kundeloft.KaribuTest;
import no.kundeloft.revenue.RevenueImport;
import org.junit.jupiter.api.Test;

class RevenueImportViewTest extends KaribuTest {

    private RevenueImportView open() {
        login(s.mgrA());
        UI.getCurrent().navigate("customers/revenue-import");
        return _get(RevenueImportView.class);
    }

    @Test
    void a_manager_checks_and_imports_revenue() {
        RevenueImportView view = open();
        view.fileReceived("omsetning.csv", "Orgnr;Måned;Beløp\n923609016;2026-01;1000\n".getBytes(StandardCharsets.UTF_8));
        assertThat(_get(Span.class, spec -> spec.withId("revenue-import-summary")).getText())
                .isEqualTo("1 rows, 0 with problems: 1 new months, 0 replaced.");
        _click(view.importButton);
        NotificationsKt.expectNotifications("1 months of revenue imported.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void problems_are_shown_and_block_the_import() {
        RevenueImportView view = open();
        view.fileReceived("omsetning.csv", "Orgnr;Måned;Beløp\n923609016;januar;1000\n".getBytes(StandardCharsets.UTF_8));
        Grid<RevenueImport.Row> rows = _get(Grid.class, spec -> spec.withId("revenue-import-rows"));
        assertThat(GridKt._getFormatted(rows, 0, "problems")).isEqualTo("\"januar\" is not a month (write 2026-03 or 03.2026).");
        assertThat(view.importButton.isEnabled()).isFalse();
    }

    @Test
    void sellers_and_team_leaders_are_denied() {
        login(s.lead1());
        assertThatThrownBy(() -> UI.getCurrent().navigate("customers/revenue-import")).isInstanceOf(MockAccessDeniedException.class);
    }
}
