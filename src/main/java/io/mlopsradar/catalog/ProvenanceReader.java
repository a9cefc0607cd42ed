package io.mlopsradar.catalog;

import io.mlopsradar.input.Fields;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Reads an entry's {@code facts:} block: for each fact, {@code {source, as_of}}. A source is an http(s) URL or a
 * dataset's name; provenance of a fact the entry does not state is refused, and so is a star count without one.
 */
final class ProvenanceReader {
    private ProvenanceReader() {
    }

    static Map<String, Provenance> read(Fields entry, Set<String> stated, int currentYear) {
        var out = new LinkedHashMap<String, Provenance>();
        Fields facts = entry.child("facts");
        if (facts == null) {
            if (stated.contains(Fact.GITHUB_STARS.id()) && !entry.node().has("facts")) {
                entry.problem("github_stars", "a star count needs its source and date in facts.github_stars");
            }
            return out;
        }
        facts.onlyKeys(Fact.ids());
        for (String key : facts.node().fields().keySet()) {
            if (!Fact.ids().contains(key)) continue;
            if (!stated.contains(key)) {
                facts.problem(key, "provenance for a fact the entry does not state; add '" + key + "' or remove this line");
                continue;
            }
            Fields one = facts.child(key);
            if (one == null) continue;
            one.onlyKeys(java.util.List.of("source", "as_of"));
            String source = one.required("source");
            if (source != null && source.contains("://") && !(source.startsWith("https://") || source.startsWith("http://"))) {
                one.problem("source", "'" + source + "' is neither an http(s) URL nor a dataset's name");
            }
            LocalDate asOf = Dates.read(one, "as_of", currentYear, true);
            if (source != null && asOf != null) out.put(key, new Provenance(source, asOf));
        }
        if (stated.contains(Fact.GITHUB_STARS.id()) && !out.containsKey(Fact.GITHUB_STARS.id())
                && !facts.node().has(Fact.GITHUB_STARS.id())) {
            entry.problem("github_stars", "a star count needs its source and date in facts.github_stars");
        }
        return out;
    }
}
