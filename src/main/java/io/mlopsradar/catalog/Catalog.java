package io.mlopsradar.catalog;

import io.mlopsradar.landscape.Framework;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The set of known tools, found by id, name or alias in any case, with the dated signals of each. */
public final class Catalog {
    private static volatile Catalog bundled;

    private final List<Tool> tools;
    private final Map<String, Tool> byName = new LinkedHashMap<>();
    private final Signals signals;

    public Catalog(List<Tool> tools) {
        this(tools, Signals.none());
    }

    public Catalog(List<Tool> tools, Signals signals) {
        this.signals = signals;
        this.tools = tools.stream().sorted(Comparator.comparing(Tool::id)).toList();
        for (Tool t : this.tools) for (String n : t.names()) byName.putIfAbsent(key(n), t);
    }

    /** The catalogue shipped in the jar. */
    public static Catalog bundled() {
        if (bundled == null) bundled = CatalogReader.readBundled(Framework.bundled());
        return bundled;
    }

    /** The dated snapshots of the tools' signals (stars, last commit, latest release, archived). */
    public Signals signals() {
        return signals;
    }

    /** A checksum of the bundled catalogue file, which changes whenever the file does. */
    public static String bundledChecksum() {
        return CatalogReader.bundledChecksum();
    }

    public List<Tool> tools() {
        return tools;
    }

    public int size() {
        return tools.size();
    }

    public Optional<Tool> find(String nameIdOrAlias) {
        return Optional.ofNullable(byName.get(key(nameIdOrAlias)));
    }

    /** Finds a tool or throws {@link UnknownToolException} with the closest names. */
    public Tool get(String nameIdOrAlias) {
        return find(nameIdOrAlias).orElseThrow(() -> new UnknownToolException(nameIdOrAlias, suggest(nameIdOrAlias, 3)));
    }

    /** The names closest to what was typed, best first. */
    public List<String> suggest(String typed, int limit) {
        String k = key(typed);
        record Scored(String name, int score) {
        }
        var scored = new ArrayList<Scored>();
        for (Tool t : tools) {
            int best = Integer.MAX_VALUE;
            for (String n : t.names()) {
                String nk = key(n);
                int d = Distance.levenshtein(k, nk);
                if (!k.isEmpty() && (nk.startsWith(k) || nk.contains(k))) d = Math.min(d, 1);
                best = Math.min(best, d);
            }
            scored.add(new Scored(t.name(), best));
        }
        int threshold = Math.max(3, k.length() / 2);
        return scored.stream().filter(s -> s.score <= threshold)
                .sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::name))
                .limit(limit).map(Scored::name).toList();
    }

    static String key(String name) {
        return name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    }
}
