package io.mlopsradar.catalog;

import java.util.Locale;

/** Web addresses compared as a person reads them: no scheme, no "www.", no trailing slash or ".git", any case. */
public final class Addresses {
    private Addresses() {
    }

    /** The address in its compared form; null when absent. */
    public static String normal(String url) {
        if (url == null || url.isBlank()) return null;
        String s = url.trim().toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "");
        while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
        return s.endsWith(".git") ? s.substring(0, s.length() - 4) : s;
    }
}
