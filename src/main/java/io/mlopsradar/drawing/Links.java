package io.mlopsradar.drawing;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Turns a link pattern such as {@code /tools/{id}} into a link for one id, URL-encoding the id. */
final class Links {

    private Links() {
    }

    static String of(String pattern, String id) {
        if (pattern == null) {
            return null;
        }
        String encoded = URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
        return pattern.replace("{id}", encoded);
    }
}
