package no.kundeloft.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** The account is checked on every request for a page or data, and not for static files. */
class ActiveAccountFilterTest {

    private final AtomicInteger checks = new AtomicInteger();
    private final KundeloftUser user =
            new KundeloftUser(1L, "am", "Ola Hansen", SalesRole.ACCOUNT_MANAGER, "hash", true);

    private MockHttpServletResponse request(String path, boolean stillValid) throws Exception {
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(
                                user, null, user.getAuthorities()));
        ActiveAccountFilter filter =
                new ActiveAccountFilter(
                        u -> {
                            checks.incrementAndGet();
                            return stillValid;
                        });
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest("GET", path), response, new MockFilterChain());
        return response;
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_deactivated_account_is_sent_to_sign_in_at_its_next_page_request() throws Exception {
        MockHttpServletResponse response = request("/customers", false);
        assertThat(checks).hasValue(1);
        assertThat(response.getRedirectedUrl()).isEqualTo("/login");
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void static_files_are_served_without_asking_the_database() throws Exception {
        for (String path :
                new String[] {
                    "/VAADIN/build/app.js",
                    "/styles.css",
                    "/images/logo.svg",
                    "/webjars/echarts/5.3.1/echarts.min.js"
                }) {
            assertThat(request(path, false).getRedirectedUrl()).as(path).isNull();
        }
        assertThat(checks).hasValue(0);
    }
}
