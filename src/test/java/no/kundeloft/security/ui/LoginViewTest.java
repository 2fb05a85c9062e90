package no.kundeloft.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import no.kundeloft.KaribuTest;
import no.kundeloft.base.i18n.Translations;
import no.kundeloft.customer.ui.CustomerListView;
import no.kundeloft.team.ui.TeamView;
import org.junit.jupiter.api.Test;

class LoginViewTest extends KaribuTest {

    @Test
    void a_logged_out_visitor_is_sent_to_login() {
        UI.getCurrent().navigate("customers");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void a_logged_out_visitor_asking_for_a_customer_is_sent_to_login() {
        UI.getCurrent().navigate("customers/" + s.c1().getId());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(LoginView.class);
    }

    @Test
    void the_form_posts_to_spring_security_and_speaks_the_browsers_language() {
        UI.getCurrent().navigate("login");
        useLocale(Translations.NORWEGIAN);
        LoginForm form = _get(LoginForm.class);
        assertThat(form.getAction()).isEqualTo("login");
        assertThat(_get(LoginView.class).texts().getForm().getTitle()).isEqualTo("Logg inn");
        assertThat(_get(LoginView.class).texts().getForm().getUsername()).isEqualTo("Brukernavn");
        assertThat(form.isError()).isFalse();
    }

    @Test
    void a_failed_sign_in_shows_the_error() {
        UI.getCurrent().navigate("login", QueryParameters.simple(java.util.Map.of("error", "")));
        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        assertThat(_get(LoginView.class).texts().getErrorMessage().getTitle())
                .isEqualTo("Wrong username or password");
    }

    @Test
    void a_throttled_sign_in_says_how_long_to_wait() {
        UI.getCurrent()
                .navigate("login", QueryParameters.simple(java.util.Map.of("throttled", "10")));
        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(_get(LoginView.class).texts().getErrorMessage().getTitle())
                .isEqualTo("Too many failed sign-ins");
        assertThat(_get(LoginView.class).texts().getErrorMessage().getMessage())
                .isEqualTo(
                        "To protect the account, wait 10 seconds before you try again. Nothing was checked this time.");
    }

    @Test
    void an_address_the_company_account_has_but_no_employee_is_told() {
        UI.getCurrent()
                .navigate("login", QueryParameters.simple(java.util.Map.of("unknownAccount", "")));
        assertThat(_get(LoginForm.class).isError()).isTrue();
        assertThat(_get(LoginView.class).texts().getErrorMessage().getTitle())
                .isEqualTo("No Kundeløft account for that address");
    }

    @Test
    void the_company_sign_in_link_shows_only_where_an_identity_provider_is_configured() {
        UI.getCurrent().navigate("login");
        assertThat(
                        com.github.mvysny.kaributesting.v10.LocatorJ._find(
                                com.vaadin.flow.component.html.Anchor.class,
                                spec -> spec.withId("company-sign-in")))
                .as("no registration in the tests' configuration")
                .isEmpty();
        org.springframework.beans.factory.support.StaticListableBeanFactory beans =
                new org.springframework.beans.factory.support.StaticListableBeanFactory();
        beans.addBean(
                "company",
                org.mockito.Mockito.mock(
                        org.springframework.security.oauth2.client.registration
                                .ClientRegistrationRepository.class));
        LoginView withProvider =
                new LoginView(
                        beans.getBeanProvider(
                                org.springframework.security.oauth2.client.registration
                                        .ClientRegistrationRepository.class));
        UI.getCurrent().add(withProvider);
        com.vaadin.flow.component.html.Anchor link =
                _get(
                        withProvider,
                        com.vaadin.flow.component.html.Anchor.class,
                        spec -> spec.withId("company-sign-in"));
        assertThat(link.getHref()).isEqualTo("oauth2/authorization/company");
        assertThat(link.getText()).isEqualTo("Sign in with your company account");
    }

    @Test
    void a_signed_in_seller_opens_the_customers() {
        login(s.am1());
        UI.getCurrent().navigate("customers");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(CustomerListView.class);
    }

    @Test
    void a_wrong_role_gets_access_denied() {
        login(s.am1());
        assertThatThrownBy(() -> UI.getCurrent().navigate("team"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(TeamView.class);
    }
}
