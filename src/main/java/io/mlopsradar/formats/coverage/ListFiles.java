package io.mlopsradar.formats.coverage;

import io.mlopsradar.formats.TextFiles;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Node;
import io.mlopsradar.input.Problem;
import io.mlopsradar.input.YamlFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tools a public list names: a landscape file (landscape2 {@code categories:} or legacy {@code landscape:})
 * or a Markdown awesome-list, where each bullet or table row names a tool with its first link. Landscape categories
 * of member or hosting organisations are skipped: they name companies, not tools.
 */
public final class ListFiles {
    private static final Pattern LINK = Pattern.compile("(?<!!)\\[([^\\]]+)]\\((https?://[^)\\s]+)\\)");
    private static final Pattern ITEM = Pattern.compile("^\\s*(?:[*+-]|\\d+\\.|\\|)\\s*");

    /** Landscape categories that list organisations rather than tools (members, hosting companies). */
    private static final Pattern NOT_TOOLS = Pattern.compile("(?i)\\bmember|hosting compan");

    private ListFiles() {
    }

    /** The entries of one file; Markdown by extension (.md, .markdown), YAML otherwise. */
    public static List<ListEntry> read(Path file) {
        String text = TextFiles.read(file);
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".md") || name.endsWith(".markdown") ? markdown(file.toString(), text) : landscape(file.toString(), text);
    }

    /** Bullets and table rows whose first link names a tool; links inside images (badges) are skipped. */
    public static List<ListEntry> markdown(String file, String text) {
        var out = new ArrayList<ListEntry>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (!ITEM.matcher(line).find()) continue;
            Matcher m = LINK.matcher(line);
            if (!m.find()) continue;
            String name = m.group(1).replace("`", "").replace("**", "").trim();
            String url = m.group(2);
            if (name.isEmpty() || name.startsWith("!")) continue;
            out.add(new ListEntry(name, url, isRepository(url) ? url : null, file, i + 1));
        }
        return out;
    }

    /** Every item of every subcategory, with its homepage_url and repo_url. */
    public static List<ListEntry> landscape(String file, String text) {
        Node root = YamlFile.parse(file, text);
        Node categories = root.has("categories") ? root.get("categories") : root.get("landscape");
        if (categories == null || !categories.isSequence()) {
            throw new InvalidInputException(new Problem(file, root.line(), "categories",
                    "neither a landscape file (categories: or landscape:) nor Markdown (.md)"));
        }
        var out = new ArrayList<ListEntry>();
        for (Node category : categories.items()) {
            String title = text(category, "name");
            if (title != null && NOT_TOOLS.matcher(title).find()) continue;
            for (Node sub : category.get("subcategories") == null ? List.<Node>of() : category.get("subcategories").items()) {
                for (Node item : sub.get("items") == null ? List.<Node>of() : sub.get("items").items()) {
                    String name = text(item, "name");
                    if (name == null) continue;
                    out.add(new ListEntry(name.trim(), text(item, "homepage_url"), text(item, "repo_url"), file, item.line()));
                }
            }
        }
        return out;
    }

    private static String text(Node item, String key) {
        Node n = item.get(key);
        return n == null || !n.isScalar() ? null : n.text();
    }

    static boolean isRepository(String url) {
        return url.matches("https?://(www\\.)?(github\\.com|gitlab\\.com)/[^/]+/[^/#?]+/?");
    }
}
