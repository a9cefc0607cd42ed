package io.mlopsradar.web;

import io.mlopsradar.text.Urls;
import io.javalin.http.Context;
import io.mlopsradar.catalog.Relation;
import io.mlopsradar.catalog.Relations;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.drawing.Neighbourhood;
import io.mlopsradar.rings.AssessedTool;
import io.mlopsradar.web.Views.Link;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The tool selected on the landscape ({@code ?tool=ID}) with its related tools, as drawn and as listed. */
record LandscapeSelection(Tool tool, Neighbourhood neighbourhood, List<Link> neighbours) {
    static final String PARAM = "tool";

    /** The selection named by the request, if it names a catalogue tool. */
    static Optional<LandscapeSelection> of(Context ctx, List<AssessedTool> catalogue, Relations relations) {
        return of(ctx.queryParam(PARAM), catalogue, relations);
    }

    static Optional<LandscapeSelection> of(String id, List<AssessedTool> catalogue, Relations relations) {
        if (id == null || id.isBlank()) return Optional.empty();
        Map<String, Tool> tools = catalogue.stream().map(AssessedTool::tool)
                .collect(Collectors.toMap(Tool::id, Function.identity(), (a, b) -> a));
        Tool tool = tools.get(id.trim());
        if (tool == null) return Optional.empty();
        List<Relation> related = relations.of(tool.id());
        List<Neighbourhood.Neighbour> drawn = related.stream().map(r -> new Neighbourhood.Neighbour(r.other(tool.id()),
                r.type().id(), r.wordsFrom(tool.id()))).toList();
        List<Link> listed = drawn.stream().filter(n -> tools.containsKey(n.id()))
                .map(n -> new Link("/tools/" + Urls.encode(n.id()), tools.get(n.id()).name(), n.words())).toList();
        return Optional.of(new LandscapeSelection(tool, new Neighbourhood(tool.id(), drawn), listed));
    }

    /** The selected tool and its neighbours, the tools the picture emphasises. */
    Set<String> highlighted() {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(tool.id());
        neighbourhood.neighbours().forEach(n -> ids.add(n.id()));
        return ids;
    }
}
