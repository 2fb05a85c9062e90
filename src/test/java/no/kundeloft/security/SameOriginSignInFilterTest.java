package no.kundeloft.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SameOriginSignInFilterTest {

    private final SameOriginSignInFilter filter = new SameOriginSignInFilter();

    private int signIn(String header, String value) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setServletPath("/login");
        request.setScheme("https");
        request.setServerName("crm.example.no");
        request.setServerPort(443);
        if (header != null) {
            request.addHeader(header, value);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request, response, chain);
        return chain.getRequest() == null ? response.getStatus() : 0;
    }

    @Test
    void a_sign_in_from_our_own_page_goes_on() throws Exception {
        assertThat(signIn("Origin", "https://crm.example.no")).isZero();
        assertThat(signIn("Referer", "https://crm.example.no/login?error")).isZero();
        assertThat(signIn(null, null)).as("no browser page, nothing forged").isZero();
    }

    @Test
    void a_sign_in_posted_from_another_sites_page_is_refused() throws Exception {
        assertThat(signIn("Origin", "https://evil.example")).isEqualTo(403);
        assertThat(signIn("Origin", "http://crm.example.no"))
                .as("another scheme is another origin")
                .isEqualTo(403);
        assertThat(signIn("Origin", "https://crm.example.no:8443")).isEqualTo(403);
        assertThat(signIn("Referer", "https://evil.example/page")).isEqualTo(403);
        assertThat(signIn("Origin", "not a url")).isEqualTo(403);
    }
}
