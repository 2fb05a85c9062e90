package no.kundeloft.shell;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class NodeRouteFilterTest {

    private MockHttpServletResponse run(String node, Cookie... cookies) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        if (cookies.length > 0) {
            request.setCookies(cookies);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        new NodeRouteFilter(node).doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void a_browser_without_this_nodes_name_gets_it_and_one_with_it_gets_nothing_more()
            throws Exception {
        assertThat(run("b").getCookie(NodeRouteFilter.COOKIE).getValue()).isEqualTo("b");
        assertThat(
                        run("b", new Cookie(NodeRouteFilter.COOKIE, "a"))
                                .getCookie(NodeRouteFilter.COOKIE)
                                .getValue())
                .as("arrived from a stopped node")
                .isEqualTo("b");
        assertThat(
                        run("b", new Cookie(NodeRouteFilter.COOKIE, "b"))
                                .getCookie(NodeRouteFilter.COOKIE))
                .isNull();
    }

    @Test
    void one_node_alone_sets_no_cookie() throws Exception {
        assertThat(run("").getCookie(NodeRouteFilter.COOKIE)).isNull();
    }
}
