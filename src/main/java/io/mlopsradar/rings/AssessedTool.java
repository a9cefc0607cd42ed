package io.mlopsradar.rings;

import io.mlopsradar.catalog.Tool;
import io.mlopsradar.landscape.Framework;
import java.util.List;

/** A catalogue tool together with its place on the radar; {@link #json} is the stable JSON shape. */
public record AssessedTool(Tool tool, Assessment assessment) {

    public String ring() {
        return assessment.ring();
    }

    /** The JSON shape documented in docs/cli.md, shared by the CLI and the HTTP API. */
    public ToolJson json(Framework framework) {
        return ToolJson.of(this, framework);
    }

    /** The reasons in JSON: rule, effect and text of each. */
    public static List<ReasonJson> reasons(List<Reason> reasons) {
        return reasons.stream().map(r -> new ReasonJson(r.rule().id(), r.effect().id(), r.text())).toList();
    }

    /** One reason in JSON. */
    public record ReasonJson(String rule, String effect, String text) {
    }

    /** A curator's override in JSON. */
    public record OverrideJson(String ring, String rationale) {
    }
}
