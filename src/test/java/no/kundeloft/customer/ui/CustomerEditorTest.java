package no.kundeloft.customer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import no.kundeloft.KaribuTest;
import no.kundeloft.SignIn;
import no.kundeloft.customer.CustomerForm;
import no.kundeloft.customer.CustomerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CustomerEditorTest extends KaribuTest {

    @Autowired CustomerService customers;
    @Autowired SignIn signIn;

    private CustomerEditor openEditor() {
        login(s.am1());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        _click(_get(Button.class, spec -> spec.withId("edit-customer")));
        return _get(CustomerEditor.class);
    }

    @Test
    void the_owner_edits_the_phone_number_and_sees_it_saved() {
        CustomerEditor editor = openEditor();
        editor.phone.setValue("+47 400 00 000");
        _click(editor.save);
        assertThat(_find(CustomerEditor.class)).isEmpty();
        assertThat(_find(Anchor.class, spec -> spec.withText("+47 400 00 000")))
                .singleElement()
                .extracting(Anchor::getHref)
                .isEqualTo("tel:+4740000000");
        NotificationsKt.expectNotifications("Customer saved");
    }

    @Test
    void cancel_leaves_the_customer_as_it_was() {
        CustomerEditor editor = openEditor();
        editor.name.setValue("Something else AS");
        _click(editor.cancel);
        assertThat(_find(CustomerEditor.class)).isEmpty();
        assertThat(customers.get(s.c1().getId()).name()).isEqualTo("Fjordkraft Bygg AS");
    }

    @Test
    void the_databases_limits_are_field_checks_in_the_users_language_and_nothing_is_saved() {
        CustomerEditor editor = openEditor();
        editor.city.setValue("x".repeat(150));
        editor.postalCode.setValue("1".repeat(21));
        _click(editor.save);
        assertThat(editor.city.isInvalid()).isTrue();
        assertThat(editor.city.getErrorMessage()).isEqualTo("At most 100 characters.");
        assertThat(editor.postalCode.getErrorMessage()).isEqualTo("At most 20 characters.");
        assertThat(_find(CustomerEditor.class)).hasSize(1);
        assertThat(customers.get(s.c1().getId()).city()).isNull();

        useLocale(no.kundeloft.base.i18n.Translations.NORWEGIAN);
        editor.city.setValue("y".repeat(101));
        _click(editor.save);
        assertThat(editor.city.getErrorMessage()).isEqualTo("Høyst 100 tegn.");
    }

    @Test
    void a_missing_name_is_refused_on_the_field() {
        CustomerEditor editor = openEditor();
        editor.name.setValue("");
        _click(editor.save);
        assertThat(editor.name.isInvalid()).isTrue();
        assertThat(editor.name.getErrorMessage()).isEqualTo("Name is required");
        assertThat(customers.get(s.c1().getId()).name()).isEqualTo("Fjordkraft Bygg AS");
    }

    @Test
    void a_wrong_check_digit_is_refused_on_the_field() {
        CustomerEditor editor = openEditor();
        editor.orgNumber.setValue("923 609 017");
        _click(editor.save);
        assertThat(editor.orgNumber.isInvalid()).isTrue();
        assertThat(editor.orgNumber.getErrorMessage())
                .isEqualTo(
                        "Not a valid Norwegian organisation number (9 digits with a correct check digit)");
    }

    @Test
    void a_foreign_customer_may_have_any_registration_id() {
        CustomerEditor editor = openEditor();
        editor.country.setValue("se");
        editor.orgNumber.setValue("556012-5790");
        _click(editor.save);
        assertThat(customers.get(s.c1().getId()).orgNumber()).isEqualTo("556012-5790");
        assertThat(customers.get(s.c1().getId()).country()).isEqualTo("SE");
    }

    @Test
    void bad_email_phone_and_website_are_refused_with_examples() {
        CustomerEditor editor = openEditor();
        editor.email.setValue("not-an-address");
        editor.phone.setValue("ring meg");
        editor.website.setValue("www.example.no");
        _click(editor.save);
        assertThat(editor.email.getErrorMessage())
                .isEqualTo("Enter an e-mail address such as name@company.no");
        assertThat(editor.phone.getErrorMessage())
                .isEqualTo("Enter a phone number such as +47 912 34 567");
        assertThat(editor.website.getErrorMessage())
                .isEqualTo("Enter a web address starting with https://");
        assertThat(_find(CustomerEditor.class)).hasSize(1);
    }

    @Test
    void
            another_customers_organisation_number_is_refused_on_the_field_naming_it_only_when_in_scope() {
        CustomerEditor editor = openEditor();
        editor.orgNumber.setValue(s.c2().getOrgNumber());
        _click(editor.save);
        assertThat(editor.orgNumber.getErrorMessage())
                .isEqualTo("Havbris Transport AS already has this organisation number.");
        editor.orgNumber.setValue(s.c6().getOrgNumber());
        _click(editor.save);
        assertThat(editor.orgNumber.getErrorMessage())
                .startsWith(
                        "This organisation number is already registered outside the customers you see.")
                .doesNotContain(s.c6().getName());
    }

    @Test
    void a_concurrent_change_is_told_with_who_and_nothing_is_overwritten() {
        CustomerEditor editor = openEditor();
        signIn.as(s.lead1());
        CustomerForm theirs = CustomerForm.of(customers.get(s.c1().getId()));
        theirs.setName("Changed by the leader AS");
        customers.update(s.c1().getId(), theirs);
        login(s.am1());

        editor.name.setValue("Changed by me AS");
        _click(editor.save);
        assertThat(_get(Span.class, spec -> spec.withId("concurrent-change")).getText())
                .startsWith("Changed by lead1 Testesen at ")
                .endsWith("— reload to see their change. Your changes were not saved.");
        assertThat(customers.get(s.c1().getId()).name()).isEqualTo("Changed by the leader AS");
    }

    @Test
    void leaving_with_unsaved_changes_asks_first() {
        CustomerEditor editor = openEditor();
        editor.name.setValue("Half-typed AS");
        UI.getCurrent().navigate("customers");
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(confirm.isOpened()).isTrue();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CustomerDetailView.class);
        ComponentUtil.fireEvent(confirm, new ConfirmDialog.ConfirmEvent(confirm, true));
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CustomerListView.class);
        assertThat(customers.get(s.c1().getId()).name()).isEqualTo("Fjordkraft Bygg AS");
    }

    @Test
    void directors_and_bookers_get_no_edit_button() {
        login(s.dir1());
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        assertThat(_find(Button.class, spec -> spec.withId("edit-customer"))).isEmpty();
        login(s.booker());
        UI.getCurrent().navigate("customers/" + s.c3().getId());
        assertThat(_find(Button.class, spec -> spec.withId("edit-customer"))).isEmpty();
    }

    @Test
    void team_leaders_may_edit_the_teams_customers() {
        login(s.lead1());
        UI.getCurrent().navigate("customers/" + s.c3().getId());
        assertThat(_find(Button.class, spec -> spec.withId("edit-customer"))).hasSize(1);
    }
}
