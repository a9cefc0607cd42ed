package io.mlopsradar.landscape;

import io.mlopsradar.input.Fields;
import io.mlopsradar.input.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the framework's capabilities and checks them against the stages: every capability names known stages,
 * every stage's core capabilities exist and list that stage, and every stage is served by at least one.
 */
final class CapabilitiesReader {
    private CapabilitiesReader() {
    }

    static List<Capability> read(Fields top, List<Fields> entries, List<Stage> stages, Map<String, Fields> stageFields,
                                 List<Problem> problems) {
        Set<String> stageIds = stages.stream().map(Stage::id).collect(Collectors.toSet());
        var out = new ArrayList<Capability>();
        var seen = new HashSet<String>();
        for (Fields f : entries) {
            f.onlyKeys(List.of("id", "name", "stages", "description"));
            String id = f.required("id");
            if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) f.problem("id", "'" + id + "' must be lowercase letters, digits and dashes");
            if (id != null && !seen.add(id)) f.problem("id", "capability '" + id + "' appears twice");
            List<String> its = f.list("stages");
            if (its.isEmpty()) f.problem("stages", "list at least one lifecycle stage");
            for (String s : its) if (!stageIds.contains(s)) f.problem("stages", "unknown lifecycle stage '" + s + "'");
            out.add(new Capability(id, f.required("name"), its, f.required("description")));
        }
        if (entries.isEmpty()) return out;
        for (Stage stage : stages) {
            Fields f = stageFields.get(stage.id());
            for (String core : stage.core()) {
                var capability = out.stream().filter(c -> core.equals(c.id())).findFirst();
                if (capability.isEmpty()) f.problem("core", "unknown capability '" + core + "'");
                else if (!capability.get().stages().contains(stage.id())) {
                    f.problem("core", "capability '" + core + "' does not list stage '" + stage.id() + "'");
                }
            }
        }
        return out;
    }
}
