package no.kundeloft.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;

/**
 * The address this app is reached at, as the current request came in: for links to copy elsewhere.
 */
public final class ServerAddress {

    private ServerAddress() {}

    /** Scheme, host, port (unless the default) and context path; empty outside a request. */
    public static String base() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        var http = request.getHttpServletRequest();
        int port = http.getServerPort();
        boolean defaultPort =
                port == 80 && "http".equals(http.getScheme())
                        || port == 443 && "https".equals(http.getScheme());
        return http.getScheme()
                + "://"
                + http.getServerName()
                + (defaultPort ? "" : ":" + port)
                + http.getContextPath();
    }
}
