package io.mlopsradar.rings;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.mlopsradar.catalog.FactSheet;
import io.mlopsradar.catalog.Relations;
import java.util.List;

/**
 * One tool explained, as `radar explain --format json` and {@code GET /api/v1/tools/{id}} answer: the tool with its
 * dated fact sheet, its activity, the capability's name (the command line only) and its relations.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ToolDetailJson(@JsonUnwrapped ToolJson tool, FactSheet.ActivityJson activity,
                             @JsonInclude(JsonInclude.Include.NON_NULL) String capabilityName,
                             List<Relations.RelationJson> relations) {

    /** The tool with the facts of the sheet; capabilityName may be null, and is then left out. */
    public static ToolDetailJson of(ToolJson tool, FactSheet sheet, String capabilityName, Relations relations) {
        return new ToolDetailJson(tool.withFacts(sheet.toJson()), sheet.activityJson(), capabilityName,
                relations.toJson(tool.id()));
    }
}
