package no.kundeloft.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.data.provider.Query;
import no.kundeloft.KaribuTest;
import no.kundeloft.customer.CustomerFilter;
import no.kundeloft.customer.CustomerListItem;
import no.kundeloft.customer.CustomerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class MergeDialogTest extends KaribuTest {

    @Autowired CustomerService customers;

    private MergeDialog open() {
        login(s.lead1());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        _click(_get(Button.class, spec -> spec.withId("merge-customer")));
        return _get(MergeDialog.class);
    }

    private static CustomerListItem choice(MergeDialog dialog, String name) {
        return dialog.other
                .getDataProvider()
                .fetch(new Query<>(0, 50, null, null, null))
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void a_leader_sees_what_moves_and_merges_the_duplicate() {
        MergeDialog dialog = open();
        assertThat(dialog.merge.isEnabled()).isFalse();
        assertThat(
                        dialog.other
                                .getDataProvider()
                                .fetch(new Query<>(0, 50, null, null, null))
                                .map(CustomerListItem::name))
                .doesNotContain("Fjordkraft Bygg AS")
                .contains("Tinde Elektro AS");
        dialog.other.setValue(choice(dialog, "Tinde Elektro AS"));
        assertThat(dialog.merge.isEnabled()).isTrue();
        assertThat(dialog.merge.getText()).isEqualTo("Merge and delete Tinde Elektro AS");
        _click(dialog.merge);
        NotificationsKt.expectNotifications("Tinde Elektro AS is merged into Fjordkraft Bygg AS.");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(customers.count(CustomerFilter.text("Tinde Elektro"))).isZero();
    }

    @Test
    void sellers_see_no_merge() {
        login(s.am1());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        assertThat(_find(Button.class, spec -> spec.withId("merge-customer"))).isEmpty();
    }
}
