package no.kundeloft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Sign-in with the company's identity provider, against a local OpenID Connect provider
 * (mock-oauth2-server) and the running demo: the provider's e-mail must belong to an active
 * employee, who is then signed in with their own role; any other address is refused, logged and
 * told.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "kundeloft.demo.enabled=true",
            "kundeloft.test.system-clock=true",
            "spring.datasource.url=jdbc:h2:mem:company-sign-in;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
        })
@ActiveProfiles("test")
class CompanySignInHttpIT {

    private static final MockOAuth2Server IDENTITY_PROVIDER = new MockOAuth2Server();

    static {
        IDENTITY_PROVIDER.start();
    }

    @DynamicPropertySource
    static void companyIdentityProvider(DynamicPropertyRegistry registry) {
        String prefix = "spring.security.oauth2.client.registration.company.";
        registry.add(prefix + "client-id", () -> "kundeloft");
        registry.add(prefix + "client-secret", () -> "not-a-secret-in-tests");
        registry.add(prefix + "scope", () -> "openid,email,profile");
        registry.add(prefix + "client-name", () -> "Company");
        registry.add(
                "spring.security.oauth2.client.provider.company.issuer-uri",
                () -> IDENTITY_PROVIDER.issuerUrl("company").toString());
    }

    @AfterAll
    static void stopIdentityProvider() {
        IDENTITY_PROVIDER.shutdown();
    }

    @LocalServerPort int port;
    @Autowired JdbcTemplate jdbc;

    private final HttpClient http =
            HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Follows the redirects from the app to the provider and back, as a browser would; returns
     * where it ends.
     */
    private String signInWithCompanyAccount(String email) throws IOException, InterruptedException {
        IDENTITY_PROVIDER.enqueueCallback(
                new DefaultOAuth2TokenCallback(
                        "company",
                        "subject-" + email,
                        "JWT",
                        List.of("kundeloft"),
                        Map.of("email", email),
                        3600));
        String next = "http://localhost:" + port + "/oauth2/authorization/company";
        for (int hop = 0; hop < 6; hop++) {
            HttpResponse<String> response = get(next);
            String location = response.headers().firstValue("Location").orElse(null);
            if (response.statusCode() != 302 || location == null) {
                return next;
            }
            next = URI.create(next).resolve(location).toString();
            if (next.startsWith("http://localhost:" + port)
                    && !next.contains("/login/oauth2/code/")
                    && !next.contains("/oauth2/authorization/")) {
                return next;
            }
        }
        throw new AssertionError("Too many redirects, last at " + next);
    }

    @Test
    void an_employees_company_account_signs_them_in_with_their_own_role() throws Exception {
        String email =
                jdbc.queryForObject(
                        "select email from employee where username = 'am'", String.class);
        String landed = signInWithCompanyAccount(email.toUpperCase());
        assertThat(landed).isEqualTo("http://localhost:" + port + "/");
        assertThat(get("http://localhost:" + port + "/customers").statusCode()).isEqualTo(200);
        assertThat(
                        jdbc.queryForList(
                                "select outcome from sign_in_attempt where username = 'am' order by id desc",
                                String.class))
                .first()
                .isEqualTo("SUCCESS");
    }

    @Test
    void an_address_without_an_active_employee_is_refused_and_logged() throws Exception {
        String landed = signInWithCompanyAccount("nobody@elsewhere.example");
        assertThat(landed).endsWith("/login?unknownAccount");
        HttpResponse<String> protectedPage = get("http://localhost:" + port + "/customers");
        assertThat(protectedPage.statusCode()).isEqualTo(302);
        assertThat(protectedPage.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        assertThat(
                        jdbc.queryForList(
                                "select outcome from sign_in_attempt where username = 'nobody@elsewhere.example'",
                                String.class))
                .containsExactly("FAILURE");
    }
}
