package no.kundeloft.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-in over plain HTTP against the running demo: throttling, security headers, and deactivation
 * ending a session.
 */
class SignInHttpIT extends BrowserTest {

    @Autowired JdbcTemplate jdbc;

    private final HttpClient http =
            HttpClient.newBuilder()
                    .cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

    private HttpResponse<String> postLogin(String username, String password)
            throws IOException, InterruptedException {
        String form =
                "username="
                        + URLEncoder.encode(username, StandardCharsets.UTF_8)
                        + "&password="
                        + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return http.send(
                HttpRequest.newBuilder(URI.create(url("/login")))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void chart_and_calendar_scripts_are_served_by_paths_without_their_versions() throws Exception {
        assertThat(get("/webjars/echarts/dist/echarts.min.js").statusCode()).isEqualTo(200);
        assertThat(get("/webjars/fullcalendar/index.global.min.js").statusCode()).isEqualTo(200);
    }

    @Test
    void the_sixth_wrong_password_in_a_row_waits_and_is_not_even_checked() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> wrong = postLogin("ingen.slik", "wrong password " + attempt);
            assertThat(wrong.headers().firstValue("Location"))
                    .as("attempt " + attempt)
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }
        HttpResponse<String> sixth = postLogin("ingen.slik", "wrong password 6");
        assertThat(sixth.headers().firstValue("Location"))
                .hasValueSatisfying(
                        location -> assertThat(location).matches(".*/login\\?throttled=[1-5]"));
        assertThat(
                        jdbc.queryForList(
                                "select outcome from sign_in_attempt where username = 'ingen.slik' order by id",
                                String.class))
                .containsExactly(
                        "FAILURE", "FAILURE", "FAILURE", "FAILURE", "FAILURE", "THROTTLED");
    }

    @Test
    void pages_carry_the_security_headers_and_the_session_cookie_stays_out_of_urls()
            throws Exception {
        HttpResponse<String> login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(
                        csp ->
                                assertThat(csp)
                                        .contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(login.headers().firstValue("Permissions-Policy"))
                .hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
        HttpResponse<String> protectedPage = get("/customers");
        assertThat(protectedPage.headers().firstValue("Location").orElse(""))
                .doesNotContainIgnoringCase("jsessionid");
        assertThat(protectedPage.headers().allValues("Set-Cookie"))
                .allSatisfy(
                        cookie ->
                                assertThat(cookie)
                                        .containsIgnoringCase("SameSite=Lax")
                                        .containsIgnoringCase("HttpOnly"));
    }

    @Test
    void deactivating_a_signed_in_seller_ends_the_session_at_the_next_request() throws Exception {
        String seller =
                jdbc.queryForObject(
                        """
                select min(username) from employee where sales_role = 'ACCOUNT_MANAGER' and active and username <> 'am'""",
                        String.class);
        assertThat(postLogin(seller, "demo").headers().firstValue("Location").orElse(""))
                .doesNotContain("error");
        assertThat(get("/customers").statusCode()).isEqualTo(200);
        jdbc.update("update employee set active = false where username = ?", seller);
        try {
            HttpResponse<String> next = get("/customers");
            assertThat(next.statusCode()).isEqualTo(302);
            assertThat(next.headers().firstValue("Location"))
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            assertThat(get("/customers").headers().firstValue("Location"))
                    .as("the session is gone")
                    .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
        } finally {
            jdbc.update("update employee set active = true where username = ?", seller);
        }
    }
}
