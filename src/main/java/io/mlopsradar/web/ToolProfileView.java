package io.mlopsradar.web;

import io.mlopsradar.text.Urls;
import io.mlopsradar.catalog.Relation;
import io.mlopsradar.catalog.Relations;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.landscape.Framework;
import java.util.List;
import java.util.function.Function;

/**
 * What a tool does and how it stands among the others, as its page shows it: its primary capability, the ones it
 * also covers, what it requires, and its sourced relations grouped by their words ("works with", "part of", …).
 */
public record ToolProfileView(String capability, List<String> also, List<String> requires, List<Group> relations) {

    /** Relations sharing the same words read from this tool's side. */
    public record Group(String words, List<Related> tools) {
    }

    /** One related tool, linked to its page, with where the relation was read ({@code sourceHref} empty unless http(s)). */
    public record Related(String href, String name, String source, String sourceHref) {
    }

    static ToolProfileView of(Framework framework, Tool tool, Relations relations, Function<String, String> nameOf) {
        List<Group> groups = relations.byWords(tool.id()).entrySet().stream()
                .map(e -> new Group(e.getKey(), e.getValue().stream().map(r -> related(r, tool.id(), nameOf)).toList()))
                .toList();
        return new ToolProfileView(framework.capabilityName(tool.capability()),
                tool.also().stream().map(c -> framework.capabilityName(c)).toList(), tool.requires(), groups);
    }

    private static Related related(Relation r, String toolId, Function<String, String> nameOf) {
        String other = r.other(toolId);
        return new Related("/tools/" + Urls.encode(other), nameOf.apply(other), r.source(),
                ToolPages.safeUrl(r.source()) ? r.source() : "");
    }
}
