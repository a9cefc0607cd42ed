package io.mlopsradar.formats.internal;

import io.mlopsradar.editions.Blip;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Gathers the accepted blips of one edition in file order, refusing a second blip with the same key. */
public final class BlipCollector {
    private final ImportLog log;
    private final List<Blip> blips = new ArrayList<>();
    private final Map<String, Integer> lines = new HashMap<>();

    public BlipCollector(ImportLog log) {
        this.log = log;
    }

    /** Adds the blip when the row is fine; a null blip means the row already holds its problems. */
    public void add(Row row, Blip blip, String keyField) {
        if (blip != null && lines.containsKey(blip.key())) {
            row.problem(keyField, "'" + blip.key() + "' appears twice (first on line " + lines.get(blip.key()) + ")");
        }
        if (log.accept(row) && blip != null) {
            blips.add(blip);
            lines.put(blip.key(), row.line());
        }
    }

    /** The line the blip with this key came from, 0 when unknown. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, 0);
    }

    public List<Blip> blips() {
        return List.copyOf(blips);
    }
}
