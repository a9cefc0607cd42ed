package io.mlopsradar.drawing;

import io.mlopsradar.text.Urls;

/** Turns a link pattern such as {@code /tools/{id}} into a link for one id, URL-encoding the id. */
final class Links {

    private Links() {
    }

    static String of(String pattern, String id) {
        if (pattern == null) {
            return null;
        }
        String encoded = Urls.encode(id);
        return pattern.replace("{id}", encoded);
    }
}
