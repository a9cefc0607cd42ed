package io.mlopsradar.rings;

import io.mlopsradar.catalog.Tool;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** The {@code facts} object of a tool's JSON: for each fact with a recorded provenance, its source and as-of date. */
final class FactsJson {
    private FactsJson() {
    }

    static Map<String, Map<String, String>> of(Tool tool) {
        var out = new TreeMap<String, Map<String, String>>();
        tool.facts().forEach((fact, p) -> {
            var m = new LinkedHashMap<String, String>();
            m.put("source", p.source());
            m.put("as_of", p.asOf().toString());
            out.put(fact, m);
        });
        return out;
    }
}
