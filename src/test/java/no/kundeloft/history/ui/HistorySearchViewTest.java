package no.kundeloft.history.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import java.time.LocalDate;
import no.kundeloft.KaribuTest;
import no.kundeloft.TestClock;
import no.kundeloft.history.RevisionRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tests roll back, so Envers never writes here; two versions of a customer are written as
 * Envers would.
 */
class HistorySearchViewTest extends KaribuTest {

    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void twoVersionsOfACustomer() {
        long millis = TestClock.NOW.toEpochMilli();
        jdbc.update(
                "insert into change_revision (id, changed_at, changed_by, changed_by_name) values (900001, ?, 'system', 'system')",
                millis - 86_400_000L);
        jdbc.update(
                "insert into change_revision (id, changed_at, changed_by, changed_by_name) values (900002, ?, 'am1', 'am1 Testesen')",
                millis);
        jdbc.update(
                "insert into change_revision_entity (revision_id, entity_name) values (900001, 'no.kundeloft.customer.Customer'), (900002, 'no.kundeloft.customer.Customer')");
        jdbc.update(
                "insert into customer_aud (id, rev, revtype, name, sector, status, tier, owner_id) values (?, 900001, 0, 'Fjordkraft Bygg AS', 'PRIVATE', 'ACTIVE', 'STANDARD', ?)",
                s.c1().getId(),
                s.am1().getId());
        jdbc.update(
                "insert into customer_aud (id, rev, revtype, name, sector, status, tier, owner_id, city) values (?, 900002, 1, 'Fjordkraft Bygg AS', 'PRIVATE', 'ACTIVE', 'STANDARD', ?, 'Bergen')",
                s.c1().getId(),
                s.am1().getId());
    }

    private HistorySearchView open() {
        login(s.admin());
        UI.getCurrent().navigate("admin/history");
        return _get(HistorySearchView.class);
    }

    @Test
    void admins_see_every_save_newest_first_and_open_one_to_see_its_changes() {
        HistorySearchView view = open();
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        RevisionRow newest = GridKt._get(view.grid, 0);
        assertThat(newest.byUsername()).isEqualTo("am1");
        assertThat(GridKt._getFormattedRow(view.grid, 0))
                .contains("am1 Testesen (am1)", "Customer");

        view.openRevision(newest);
        Dialog dialog = _get(Dialog.class);
        assertThat(
                        _get(dialog, ListItem.class, spec -> spec.withClasses("history-entry"))
                                .getElement()
                                .getTextRecursively())
                .contains("Customer Fjordkraft Bygg AS changed", "City– → Bergen");
    }

    @Test
    void the_search_narrows_by_who_kind_of_record_and_day() {
        HistorySearchView view = open();
        view.who.setValue("am1");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        view.who.setValue("%");
        assertThat(GridKt._size(view.grid)).as("a % is searched for, not a wildcard").isZero();
        view.who.clear();
        view.recordType.setValue("Customer");
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        view.days.from().setValue(TestClock.TODAY);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        view.days.to().setValue(TestClock.TODAY.minusDays(2));
        assertThat(view.days.to().isInvalid()).isTrue();
        assertThat(GridKt._size(view.grid))
                .as("a backwards range keeps the last filter")
                .isEqualTo(1);
        view.days.from().clear();
        assertThat(GridKt._size(view.grid)).isZero();
    }

    @Test
    void only_admins_open_the_history() {
        login(s.dir1());
        assertThatThrownBy(() -> UI.getCurrent().navigate("admin/history"))
                .isInstanceOf(MockAccessDeniedException.class);
    }

    @Test
    void a_day_without_saves_shows_the_empty_state() {
        HistorySearchView view = open();
        view.days.from().setValue(LocalDate.of(2030, 1, 1));
        assertThat(GridKt._size(view.grid)).isZero();
        assertThat(view.grid.getEmptyStateText()).isEqualTo("No saves match the filter.");
    }
}
