package no.kundeloft.security.ui;

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

/**
 * The sign-in page, in the browser's language; Spring Security handles the form's POST to
 * /login and sends a failed attempt back with {@code ?error}, a throttled one with
 * {@code ?throttled=<seconds to wait>}.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    private final LoginForm loginForm = new LoginForm();
    private final H1 brand = new H1();
    private final Paragraph tagline = new Paragraph();
    private LoginI18n texts;
    private Long throttledSeconds;
    private boolean failed;

    public LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);
        brand.addClassName("login-brand");
        tagline.addClassName("login-tagline");
        Div card = new Div(brand, tagline, loginForm);
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
        loginForm.setI18n(texts);
        showError();
    }

    LoginI18n texts() {
        return texts;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        String throttled = parameters.containsKey("throttled") ? parameters.get("throttled").getFirst() : null;
        throttledSeconds = throttled != null && throttled.matches("\\d{1,6}") ? Long.valueOf(throttled) : null;
        failed = parameters.containsKey("error");
        showError();
    }

    /** A wrong password, or how long to wait after too many; in the language of the page. */
    private void showError() {
        if (texts == null) {
            return;
        }
        LoginI18n.ErrorMessage error = texts.getErrorMessage();
        error.setTitle(getTranslation(throttledSeconds == null ? "login.error.title" : "login.throttled.title"));
        error.setMessage(throttledSeconds == null ? getTranslation("login.error.message")
                : getTranslation("login.throttled.message", throttledSeconds));
        loginForm.setI18n(texts);
        loginForm.setError(failed || throttledSeconds != null);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " – " + getTranslation("app.name");
    }
}
