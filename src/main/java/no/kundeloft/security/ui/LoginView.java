package no.kundeloft.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The sign-in page, in the browser's language; Spring Security handles the form's POST to /login
 * and sends a failed attempt back with {@code ?error}, a throttled one with {@code
 * ?throttled=<seconds to wait>}. Where the company's identity provider is configured, a link signs
 * in with it instead; an address no active employee has comes back with {@code ?unknownAccount}.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout
        implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final LoginForm loginForm = new LoginForm();
    private final H1 brand = new H1();
    private final Paragraph tagline = new Paragraph();
    private LoginI18n texts;
    private final Anchor companySignIn = new Anchor("oauth2/authorization/company");
    private Long throttledSeconds;
    private boolean failed;
    private boolean unknownAccount;

    public LoginView(ObjectProvider<ClientRegistrationRepository> companyIdentityProvider) {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);
        brand.addClassName("login-brand");
        tagline.addClassName("login-tagline");
        // a full page load: the identity provider's redirects are not Vaadin navigation
        companySignIn.setRouterIgnore(true);
        companySignIn.setId("company-sign-in");
        companySignIn.addClassName("company-sign-in");
        companySignIn.setVisible(companyIdentityProvider.getIfAvailable() != null);
        Div card = new Div(brand, tagline, loginForm, companySignIn);
        card.addClassName("login-card");
        add(card);
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        brand.setText(getTranslation("app.name"));
        tagline.setText(getTranslation("login.tagline"));
        texts = LoginI18n.createDefault();
        LoginI18n.Form form = texts.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        companySignIn.setText(getTranslation("login.company"));
        loginForm.setI18n(texts);
        showError();
    }

    LoginI18n texts() {
        return texts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        String throttled =
                parameters.containsKey("throttled") ? parameters.get("throttled").getFirst() : null;
        throttledSeconds =
                throttled != null && throttled.matches("\\d{1,6}") ? Long.valueOf(throttled) : null;
        failed = parameters.containsKey("error");
        unknownAccount = parameters.containsKey("unknownAccount");
        showError();
    }

    /** A wrong password, or how long to wait after too many; in the language of the page. */
    private void showError() {
        if (texts == null) {
            return;
        }
        LoginI18n.ErrorMessage error = texts.getErrorMessage();
        String kind =
                unknownAccount
                        ? "login.unknownAccount"
                        : throttledSeconds == null ? "login.error" : "login.throttled";
        error.setTitle(getTranslation(kind + ".title"));
        error.setMessage(
                getTranslation(kind + ".message", throttledSeconds == null ? 0 : throttledSeconds));
        loginForm.setI18n(texts);
        loginForm.setError(failed || unknownAccount || throttledSeconds != null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
