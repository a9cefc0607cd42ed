package io.mlopsradar.formats.aoe;

import io.mlopsradar.formats.TextFiles;
import io.mlopsradar.input.JsonFile;
import io.mlopsradar.input.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The quadrant and ring titles of an AOE config.json, by id and in order; empty when there is no config. The generator
 * calls the quadrants {@code quadrants}; AOE's own radar still writes the older {@code segments}.
 */
record AoeConfig(Map<String, String> quadrants, Map<String, String> rings) {

    /** No config: quadrant and ring ids are their own titles. */
    static AoeConfig none() {
        return new AoeConfig(Map.of(), Map.of());
    }

    static AoeConfig read(Path file) {
        if (!Files.isRegularFile(file)) return none();
        Node root = JsonFile.parse(file.toString(), TextFiles.read(file));
        Node quadrants = root.has("quadrants") ? root.get("quadrants") : root.get("segments");
        return new AoeConfig(titles(quadrants), titles(root.get("rings")));
    }

    private static Map<String, String> titles(Node list) {
        var out = new LinkedHashMap<String, String>();
        if (list == null) return out;
        for (Node item : list.items()) {
            Node id = item.get("id");
            Node title = item.get("title");
            if (id != null && id.text() != null) out.put(id.text(), title != null && title.text() != null ? title.text() : id.text());
        }
        return out;
    }

    String quadrant(String id) {
        return quadrants.getOrDefault(id, id);
    }

    String ring(String id) {
        return rings.getOrDefault(id, id);
    }
}
