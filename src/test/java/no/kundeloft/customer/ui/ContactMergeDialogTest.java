package no.kundeloft.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.util.stream.IntStream;
import no.kundeloft.KaribuTest;
import no.kundeloft.customer.CustomerDetails.ContactItem;
import org.junit.jupiter.api.Test;

class ContactMergeDialogTest extends KaribuTest {

    @SuppressWarnings("unchecked")
    private static Grid<ContactItem> contacts() {
        return _get(Grid.class, spec -> spec.withId("contacts"));
    }

    private static Button mergeButtonOf(String name) {
        Grid<ContactItem> grid = contacts();
        int row =
                IntStream.range(0, GridKt._size(grid))
                        .filter(i -> GridKt._get(grid, i).fullName().equals(name))
                        .findFirst()
                        .orElseThrow();
        Component actions = GridKt._getCellComponent(grid, row, "actions");
        return (Button)
                actions.getChildren()
                        .filter(c -> c.getId().orElse("").startsWith("contact-merge-"))
                        .findFirst()
                        .orElseThrow();
    }

    @Test
    void a_leader_merges_a_contact_into_the_same_person() {
        login(s.lead1());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        assertThat(GridKt._size(contacts())).isEqualTo(2);
        _click(mergeButtonOf("Per Lund"));
        ContactMergeDialog dialog = _get(ContactMergeDialog.class);
        assertThat(dialog.merge.isEnabled()).isFalse();
        assertThat(dialog.into.getListDataView().getItems().map(ContactItem::fullName))
                .containsExactly("Kari Fjeld");
        dialog.into.setValue(dialog.into.getListDataView().getItem(0));
        _click(dialog.merge);
        NotificationsKt.expectNotifications("Per Lund is merged into Kari Fjeld.");
        assertThat(GridKt._size(contacts())).isEqualTo(1);
    }
}
