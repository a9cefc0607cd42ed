package io.mlopsradar.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** The one rule for links taken from data: only absolute http and https URLs with a host are kept. */
public final class Urls {
    private Urls() {
    }

    /** True for an absolute http(s) URL with a host and no spaces or control characters; false for null. */
    public static boolean isHttp(String url) {
        if (url == null || url.chars().anyMatch(c -> c <= 0x20 || c == 0x7F)) return false;
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The URL when it is http(s), else null. */
    public static String httpOrNull(String url) {
        return isHttp(url) ? url : null;
    }
}
