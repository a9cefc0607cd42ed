package io.mlopsradar.rings;

import io.mlopsradar.catalog.Tool;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.text.Urls;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A catalogue tool together with its place on the radar; {@link #toMap} is the stable JSON shape. */
public record AssessedTool(Tool tool, Assessment assessment) {

    public String ring() {
        return assessment.ring();
    }

    /** The JSON keys documented in docs/cli.md, shared by the CLI and the HTTP API. */
    public Map<String, Object> toMap(Framework framework) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", tool.id());
        m.put("name", tool.name());
        m.put("aliases", tool.aliases());
        m.put("category", tool.category());
        m.put("category_name", framework.category(tool.category()).name());
        m.put("other_categories", tool.otherCategories());
        m.put("quadrant", assessment.quadrant());
        m.put("quadrant_name", framework.quadrant(assessment.quadrant()).name());
        m.put("x", assessment.position().x());
        m.put("y", assessment.position().y());
        m.put("ring", assessment.ring());
        m.put("computed_ring", assessment.computedRing());
        m.put("confidence", assessment.confidence());
        m.put("confidence_label", assessment.confidenceLabel());
        m.put("reasons", reasons(assessment.reasons()));
        m.put("override", tool.override() == null ? null
                : Map.of("ring", tool.override().ring(), "rationale", tool.override().rationale()));
        m.put("stages", tool.stages());
        m.put("homepage", Urls.httpOrNull(tool.homepage()));
        m.put("repository", Urls.httpOrNull(tool.repository()));
        m.put("license", tool.license());
        m.put("delivery", tool.delivery().id());
        m.put("steward", tool.steward());
        m.put("first_release", tool.firstRelease());
        m.put("origin", tool.origin().id());
        m.put("community", tool.community().id());
        m.put("github_stars", tool.githubStars());
        m.put("status", tool.status().id());
        m.put("superseded_by", tool.supersededBy());
        m.put("tags", tool.tags());
        m.put("clouds", tool.clouds());
        m.put("description", tool.description());
        m.put("status_note", tool.statusNote());
        m.put("status_since", tool.statusSince() == null ? null : tool.statusSince().toString());
        m.put("facts", FactsJson.of(tool));
        return m;
    }

    static List<Map<String, String>> reasons(List<Reason> reasons) {
        return reasons.stream().map(r -> Map.of("rule", r.rule().id(), "effect", r.effect().id(), "text", r.text())).toList();
    }
}
