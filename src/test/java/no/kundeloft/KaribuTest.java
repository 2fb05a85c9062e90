package no.kundeloft;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import kotlin.jvm.functions.Function0;
import no.kundeloft.TestOrganisation.Scenario;
import no.kundeloft.base.i18n.Translations;
import no.kundeloft.organisation.Employee;
import no.kundeloft.security.KundeloftUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * A browserless UI test: the real views and services on the test database, with the test
 * organisation built for each test and rolled back after it. Karibu runs no servlet filter, so
 * {@link #login(Employee)} signs in the way Spring Security would.
 */
@IntegrationTest
@Transactional
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired private ApplicationContext context;
    @Autowired private SignIn signIn;
    @Autowired private TestOrganisation testOrganisation;

    protected Scenario s;

    @BeforeAll
    static void discoverRoutes() {
        routes = new Routes().autoDiscoverViews("no.kundeloft");
    }

    @BeforeEach
    void setUpVaadin() {
        s = testOrganisation.create();
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        useLocale(Translations.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        SignIn.out();
        MockVaadin.tearDown();
    }

    /** Signs the employee in for the service layer and for Vaadin's view access checks. */
    protected KundeloftUser login(Employee employee) {
        KundeloftUser user = signIn.as(employee);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(SecurityContextHolder.getContext().getAuthentication());
        request.setUserInRole((principal, role) -> user.role().name().equals(role));
        return user;
    }

    /** Navigates to a location that may carry query parameters, as following a link would. */
    protected static void go(String location) {
        com.vaadin.flow.router.Location parsed = new com.vaadin.flow.router.Location(location);
        UI.getCurrent().navigate(parsed.getPath(), parsed.getQueryParameters());
    }

    /** The content as an uploaded file on disk, as the upload hands it to an import view. */
    protected static java.nio.file.Path uploaded(byte[] content) {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("upload-", ".tmp");
            file.toFile().deleteOnExit();
            return java.nio.file.Files.write(file, content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    protected void useLocale(java.util.Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
    }
}
