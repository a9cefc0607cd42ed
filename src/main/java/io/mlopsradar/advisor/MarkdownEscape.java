package io.mlopsradar.advisor;

/** Escapes text for Markdown, so a name like {@code <b>Acme</b> | *x*} shows as typed and breaks no table. */
final class MarkdownEscape {
    private static final String SPECIAL = "\\`*_[]<>|#!{}";

    private MarkdownEscape() {
    }

    static String text(String s) {
        if (s == null) return "";
        var out = new StringBuilder(s.length() + 8);
        for (char c : s.toCharArray()) {
            if (c == '\n' || c == '\r') {
                out.append(' ');
                continue;
            }
            if (SPECIAL.indexOf(c) >= 0) out.append('\\');
            out.append(c);
        }
        return out.toString();
    }
}
