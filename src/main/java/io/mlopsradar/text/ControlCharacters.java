package io.mlopsradar.text;

/**
 * Keeps control characters from data out of terminals and exported files: C0 controls other than tab and line
 * breaks, DEL, C1 controls and the bidirectional overrides are stripped from files and shown escaped on a terminal, so
 * an ANSI escape in a blip name can neither recolour nor retitle a terminal nor hide text.
 */
public final class ControlCharacters {
    private ControlCharacters() {
    }

    /** True for the characters this class keeps out. */
    public static boolean isUnsafe(int c) {
        if (c == '\t' || c == '\n' || c == '\r') return false;
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** The text without the unsafe characters, for files written out. */
    public static String strip(String text) {
        if (text == null || text.chars().noneMatch(ControlCharacters::isUnsafe)) return text;
        var out = new StringBuilder(text.length());
        text.chars().filter(c -> !isUnsafe(c)).forEach(c -> out.append((char) c));
        return out.toString();
    }

    /** The character as printed on a terminal: itself when safe, else an escape such as {@code \u001B}. */
    public static String escape(char c) {
        return isUnsafe(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c);
    }
}
