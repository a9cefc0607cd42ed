package io.mlopsradar.rings;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.text.Urls;
import java.util.List;

/** An assessed tool in the stable JSON shape of docs/cli.md, shared by the CLI and the HTTP API. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ToolJson(String id, String name, List<String> aliases, String category, String categoryName,
                       List<String> otherCategories, String quadrant, String quadrantName, double x, double y, String ring,
                       String computedRing, double confidence, String confidenceLabel, List<AssessedTool.ReasonJson> reasons,
                       AssessedTool.OverrideJson override, List<String> stages, String capability, List<String> also,
                       List<String> requires, String homepage, String repository, String license, String delivery,
                       String steward, Integer firstRelease, String origin, String community, Integer githubStars,
                       String status, String supersededBy, List<String> tags, List<String> clouds, String description,
                       String statusNote, String statusSince, Object facts) {

    static ToolJson of(AssessedTool a, Framework framework) {
        Tool tool = a.tool();
        Assessment assessment = a.assessment();
        return new ToolJson(tool.id(), tool.name(), tool.aliases(), tool.category(),
                framework.category(tool.category()).name(), tool.otherCategories(), assessment.quadrant(),
                framework.quadrant(assessment.quadrant()).name(), assessment.position().x(), assessment.position().y(),
                assessment.ring(), assessment.computedRing(), assessment.confidence(), assessment.confidenceLabel(),
                AssessedTool.reasons(assessment.reasons()), tool.override() == null ? null
                        : new AssessedTool.OverrideJson(tool.override().ring(), tool.override().rationale()),
                tool.stages(), tool.capability(), tool.also(), tool.requires(), Urls.httpOrNull(tool.homepage()),
                Urls.httpOrNull(tool.repository()), tool.license(), tool.delivery().id(), tool.steward(),
                tool.firstRelease(), tool.origin().id(), tool.community().id(), tool.githubStars(), tool.status().id(),
                tool.supersededBy(), tool.tags(), tool.clouds(), tool.description(), tool.statusNote(),
                tool.statusSince() == null ? null : tool.statusSince().toString(), ProvenanceJson.facts(tool));
    }

    /** The same tool with other facts (a dated fact sheet instead of the catalogue's own). */
    public ToolJson withFacts(Object value) {
        return new ToolJson(id, name, aliases, category, categoryName, otherCategories, quadrant, quadrantName, x, y, ring,
                computedRing, confidence, confidenceLabel, reasons, override, stages, capability, also, requires, homepage,
                repository, license, delivery, steward, firstRelease, origin, community, githubStars, status, supersededBy,
                tags, clouds, description, statusNote, statusSince, value);
    }
}
