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
        if (accept(row, blip == null ? null : blip.key(), keyField) && blip != null) blips.add(blip);
    }

    /** Accepts a row whose key is new (a null key means the row already holds its problems); records a repeat as a problem. */
    public boolean accept(Row row, String key, String keyField) {
        if (key != null && lines.containsKey(key)) {
            row.problem(keyField, "'" + key + "' appears twice (first on line " + lines.get(key) + ")");
        }
        boolean accepted = log.accept(row) && key != null;
        if (accepted) lines.put(key, row.line());
        return accepted;
    }

    /** The line the blip with this key came from, 0 when unknown. */
    public int lineOf(String key) {
        return lines.getOrDefault(key, 0);
    }

    public List<Blip> blips() {
        return List.copyOf(blips);
    }
}
