package no.kundeloft.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import no.kundeloft.KaribuTest;
import no.kundeloft.base.i18n.Translations;
import no.kundeloft.shell.NotFoundView;
import org.junit.jupiter.api.Test;

class CustomerDetailViewTest extends KaribuTest {

    @Test
    void an_account_manager_sees_details_contacts_and_ownership() {
        login(s.am1());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        assertThat(_get(H2.class).getText()).isEqualTo("Fjordkraft Bygg AS");
        Grid<?> contacts = _get(Grid.class, spec -> spec.withId("contacts"));
        assertThat(GridKt._size(contacts)).isEqualTo(2);
        assertThat(_get(UnorderedList.class, spec -> spec.withId("ownership")).getElement().getTextRecursively())
                .contains("Owned by am1 Testesen since 1 Mar 2026")
                .contains("Owned by am2 Testesen from 1 Jan 2020 until 1 Mar 2026");
    }

    @Test
    void the_history_is_read_only_when_opened() {
        login(s.am1());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        Details history = _get(Details.class, spec -> spec.withId("history"));
        assertThat(history.isOpened()).isFalse();
        assertThat(LocatorJ._find(history, Paragraph.class)).isEmpty();
        history.setOpened(true);
        assertThat(_get(history, Paragraph.class).getText()).startsWith("No changes recorded yet.");
        assertThat(history.getSummaryText()).isEqualTo("History");
    }

    @Test
    void dates_follow_the_language() {
        useLocale(Translations.NORWEGIAN);
        login(s.am1());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        assertThat(_get(UnorderedList.class, spec -> spec.withId("ownership")).getElement().getTextRecursively())
                .contains("Eies av am1 Testesen siden 01.03.2026");
    }

    @Test
    void another_managers_customer_is_not_found() {
        login(s.am1());
        UI.getCurrent().navigate("customers/" + s.c3().getId());
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst()).isInstanceOf(NotFoundView.class);
        assertThat(_get(H2.class).getText()).isEqualTo("Not found");
    }

    @Test
    void a_missing_customer_and_a_malformed_id_are_not_found() {
        login(s.admin());
        UI.getCurrent().navigate("customers/999999999");
        assertThat(_get(H2.class).getText()).isEqualTo("Not found");
        UI.getCurrent().navigate("customers/abc");
        assertThat(_get(H2.class).getText()).isEqualTo("Not found");
    }
}
