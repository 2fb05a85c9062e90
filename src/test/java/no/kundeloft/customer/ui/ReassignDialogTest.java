package no.kundeloft.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import no.kundeloft.KaribuTest;
import no.kundeloft.customer.CustomerListRow;
import no.kundeloft.customer.CustomerService;
import no.kundeloft.organisation.AssignableOwner;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class ReassignDialogTest extends KaribuTest {

    @Autowired CustomerService customers;

    @SuppressWarnings("unchecked")
    private Grid<CustomerListRow> grid() {
        return _get(Grid.class);
    }

    private ReassignDialog selectAndOpen(String... names) {
        login(s.lead1());
        UI.getCurrent().navigate("customers");
        Grid<CustomerListRow> grid = grid();
        for (int i = 0; i < GridKt._size(grid); i++) {
            CustomerListRow row = GridKt._get(grid, i);
            if (java.util.List.of(names).contains(row.item().name())) {
                grid.select(row);
            }
        }
        _click(_get(Button.class, spec -> spec.withId("reassign")));
        return _get(ReassignDialog.class);
    }

    private AssignableOwner option(ReassignDialog dialog, String name) {
        return dialog.receiver
                .getListDataView()
                .getItems()
                .filter(o -> o.fullName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_team_leader_reassigns_selected_customers_seeing_the_effect_first() {
        ReassignDialog dialog = selectAndOpen("Fjordkraft Bygg AS", "Havbris Transport AS");
        assertThat(dialog.getHeaderTitle()).isEqualTo("Reassign 2 customers");
        dialog.receiver.setValue(option(dialog, "am2 Testesen"));
        assertThat(dialog.effect.getText())
                .isEqualTo("am2 Testesen holds 1 customers and will hold 3 (limit 200).");
        _click(dialog.reassign);
        NotificationsKt.expectNotifications("2 customers have a new owner.");
        login(s.admin());
        assertThat(customers.get(s.c1().getId()).ownerName()).isEqualTo("am2 Testesen");
    }

    @Test
    void a_refusal_is_shown_on_the_field_and_nothing_changes() {
        ReassignDialog dialog = selectAndOpen("Nordlys Konsern ASA");
        dialog.receiver.setValue(option(dialog, "am2 Testesen"));
        _click(dialog.reassign);
        assertThat(dialog.receiver.isInvalid()).isTrue();
        assertThat(dialog.receiver.getErrorMessage())
                .isEqualTo(
                        "Nordlys Konsern ASA is a key customer and can only go to a Key Account Manager, not am2 Testesen.");
        assertThat(dialog.isOpened()).isTrue();
    }

    @Test
    void only_team_members_are_offered() {
        ReassignDialog dialog = selectAndOpen("Fjordkraft Bygg AS");
        assertThat(dialog.receiver.getListDataView().getItems().map(AssignableOwner::fullName))
                .containsExactly("am1 Testesen", "am2 Testesen", "kam1 Testesen", "lead1 Testesen");
    }

    @Test
    void sellers_cannot_select_or_reassign() {
        login(s.am1());
        UI.getCurrent().navigate("customers");
        assertThat(grid().getSelectionMode()).isEqualTo(Grid.SelectionMode.SINGLE);
        assertThat(_find(Button.class, spec -> spec.withId("reassign"))).isEmpty();
    }
}
