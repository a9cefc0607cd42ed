package io.mlopsradar.render;

import io.mlopsradar.text.Urls;

/** Turns a link pattern such as {@code /tools/{id}} into a link for one id, URL-encoding the id. */
final class Links {

    private Links() {
    }

    static String of(String pattern, String id) {
        if (pattern == null) {
            return null;
        }
        return pattern.replace("{id}", Urls.encode(id));
    }
}
