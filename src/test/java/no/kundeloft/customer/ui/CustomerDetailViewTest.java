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

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void an_account_manager_sees_details_contacts_and_ownership() {
        login(s.am1());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        assertThat(_get(H2.class).getText()).isEqualTo("Fjordkraft Bygg AS");
        Grid<?> contacts = _get(Grid.class, spec -> spec.withId("contacts"));
        assertThat(GridKt._size(contacts)).isEqualTo(2);
        assertThat(
                        _get(UnorderedList.class, spec -> spec.withId("ownership"))
                                .getElement()
                                .getTextRecursively())
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

    /**
     * The rows Envers writes for a contact added and later removed (the test rolls back, so Envers
     * writes none).
     */
    private void aContactAddedAndRemoved() {
        long now = no.kundeloft.TestClock.NOW.toEpochMilli();
        jdbc.update(
                "insert into change_revision (id, changed_at, changed_by, changed_by_name) values (920001, ?, 'am1', 'am1 Testesen'), (920002, ?, 'am1', 'am1 Testesen')",
                now - 1000,
                now);
        jdbc.update(
                "insert into contact_aud (id, rev, revtype, full_name, email, customer_id) values (990777, 920001, 0, 'Eva Strand', 'eva@x.example', ?), (990777, 920002, 2, 'Eva Strand', 'eva@x.example', ?)",
                s.c1().getId(),
                s.c1().getId());
    }

    @Test
    void an_admin_erases_a_removed_contact_from_the_customers_history() {
        aContactAddedAndRemoved();
        login(s.admin());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        Details history = _get(Details.class, spec -> spec.withId("history"));
        history.setOpened(true);
        com.vaadin.flow.component.button.Button erase =
                _get(
                        history,
                        com.vaadin.flow.component.button.Button.class,
                        spec -> spec.withClasses("history-erase"));
        com.github.mvysny.kaributesting.v10.LocatorJ._click(erase);
        com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                _get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class);
        confirm.close();
        com.vaadin.flow.component.ComponentUtil.fireEvent(
                confirm,
                new com.vaadin.flow.component.confirmdialog.ConfirmDialog.ConfirmEvent(
                        confirm, true));
        assertThat(
                        jdbc.queryForList(
                                "select distinct full_name from contact_aud where id = 990777",
                                String.class))
                .containsExactly("[erased]");
        assertThat(
                        jdbc.queryForObject(
                                "select count(*) from contact_aud where id = 990777 and email is not null",
                                Integer.class))
                .isZero();
    }

    @Test
    void sellers_are_not_offered_to_erase_from_the_history() {
        aContactAddedAndRemoved();
        login(s.am1());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        Details history = _get(Details.class, spec -> spec.withId("history"));
        history.setOpened(true);
        assertThat(history.getElement().getTextRecursively())
                .contains("Contact Eva Strand removed");
        assertThat(
                        LocatorJ._find(
                                history,
                                com.vaadin.flow.component.button.Button.class,
                                spec -> spec.withClasses("history-erase")))
                .isEmpty();
    }

    @Test
    void dates_follow_the_language() {
        useLocale(Translations.NORWEGIAN);
        login(s.am1());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        assertThat(
                        _get(UnorderedList.class, spec -> spec.withId("ownership"))
                                .getElement()
                                .getTextRecursively())
                .contains("Eies av am1 Testesen siden 01.03.2026");
    }

    @Test
    void another_managers_customer_is_not_found() {
        login(s.am1());
        UI.getCurrent().navigate("customers/" + s.c3().getId());
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().getFirst())
                .isInstanceOf(NotFoundView.class);
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
