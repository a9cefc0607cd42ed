package io.mlopsradar.drawing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * A small SVG writer that escapes every text and attribute value; each picture gets a viewBox, a white
 * background, {@code role="img"}, a title and a description.
 */
public final class Svg {

    /** The one font stack used by every picture. */
    public static final String FONT = "DejaVu Sans, Arial, sans-serif";

    private final StringBuilder out = new StringBuilder(4096);
    private final Deque<String> open = new ArrayDeque<>();

    /** Starts a picture of the given size. */
    public Svg(double width, double height, String title, String description) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"");
        attributes("width", width, "height", height, "viewBox", "0 0 " + num(width) + " " + num(height),
                "role", "img", "font-family", FONT);
        out.append(">\n");
        open.push("svg");
        text("title", title);
        text("desc", description);
        empty("rect", "x", 0, "y", 0, "width", width, "height", height, "fill", "#ffffff");
    }

    /** Opens an element; attributes are name/value pairs, null values are left out. */
    public Svg open(String tag, Object... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append(">\n");
        open.push(tag);
        return this;
    }

    /** Closes the innermost open element. */
    public Svg close() {
        out.append("</").append(open.pop()).append(">\n");
        return this;
    }

    /** Writes an element without content. */
    public Svg empty(String tag, Object... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append("/>\n");
        return this;
    }

    /** Writes an element holding escaped text. */
    /**
     * The same picture framed on a region (x, y, width, height in picture units): the outer element's size and
     * view box change, nothing else, so the region is shown enlarged.
     */
    public static String reframe(String svg, double x, double y, double width, double height) {
        int end = svg.indexOf('>');
        String head = svg.substring(0, end)
                .replaceFirst(" width=\"[^\"]*\"", " width=\"" + num(width) + "\"")
                .replaceFirst(" height=\"[^\"]*\"", " height=\"" + num(height) + "\"")
                .replaceFirst(" viewBox=\"[^\"]*\"", " viewBox=\"" + num(x) + " " + num(y) + " " + num(width) + " " + num(height) + "\"");
        return head + svg.substring(end);
    }

    public Svg text(String tag, String content, Object... attributes) {
        out.append('<').append(tag);
        attributes(attributes);
        out.append('>').append(escape(content)).append("</").append(tag).append(">\n");
        return this;
    }

    /** Opens a link to href (both SVG 2 {@code href} and {@code xlink:href}, for older renderers), or a plain group. */
    public Svg openLink(String href, Object... attributes) {
        if (href == null) {
            return open("g", attributes);
        }
        Object[] all = new Object[attributes.length + 4];
        all[0] = "href";
        all[1] = href;
        all[2] = "xlink:href";
        all[3] = href;
        System.arraycopy(attributes, 0, all, 4, attributes.length);
        return open("a", all);
    }

    /** Closes every open element and returns the document. */
    public String finish() {
        while (!open.isEmpty()) {
            close();
        }
        return out.toString();
    }

    /** Escapes text for XML content and attribute values, dropping characters XML cannot hold. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000) {
                        b.appendCodePoint(c);
                    }
                }
            }
        });
        return b.toString();
    }

    /** A number with at most two decimals, no trailing zeros, always with a dot. */
    public static String num(double value) {
        String s = String.format(Locale.ROOT, "%.2f", value);
        s = s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
        return "-0".equals(s) ? "0" : s;
    }

    /** A rough width of a text line, good enough for layout: 0.6 em per character. */
    public static double textWidth(String text, double fontSize) {
        return 0.6 * fontSize * (text == null ? 0 : text.length());
    }

    private void attributes(Object... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name/value pairs");
        }
        for (int i = 0; i < pairs.length; i += 2) {
            Object value = pairs[i + 1];
            if (value != null) {
                String text = value instanceof Number n ? num(n.doubleValue()) : value.toString();
                out.append(' ').append(pairs[i]).append("=\"").append(escape(text)).append('"');
            }
        }
    }
}
