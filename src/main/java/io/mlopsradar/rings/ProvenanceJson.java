package io.mlopsradar.rings;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.mlopsradar.catalog.Tool;
import java.util.Map;
import java.util.TreeMap;

/** Where one fact of a tool's JSON came from: its source and as-of date. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ProvenanceJson(String source, String asOf) {

    /** The {@code facts} object of a tool's JSON, by fact name (the catalogue's names, hence a map). */
    static Map<String, ProvenanceJson> facts(Tool tool) {
        var out = new TreeMap<String, ProvenanceJson>();
        tool.facts().forEach((fact, p) -> out.put(fact, new ProvenanceJson(p.source(), p.asOf().toString())));
        return out;
    }
}
