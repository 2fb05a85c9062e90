package no.kundeloft.visit;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A video link is a web address (http or https with a host); anything else, {@code javascript:}
 * among it, is refused.
 */
public final class VideoLinks {

    private VideoLinks() {}

    /** True for an https or http address with a host, and for no link at all. */
    public static boolean isSafe(String link) {
        if (link == null || link.isBlank()) {
            return true;
        }
        try {
            URI uri = new URI(link.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
