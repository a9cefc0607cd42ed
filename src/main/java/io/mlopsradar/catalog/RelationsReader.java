package io.mlopsradar.catalog;

import io.mlopsradar.input.Fields;
import io.mlopsradar.input.Node;
import io.mlopsradar.input.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads a top-level {@code relations:} list (from relations.yaml or any catalogue file) and checks each entry:
 * known tools at both ends, a known type, a source, no relation of a tool to itself, no duplicate.
 */
final class RelationsReader {
    static final List<String> KEYS = List.of("from", "type", "to", "source");

    private final Set<String> toolIds;
    private final List<Problem> problems;
    private final Set<String> earlier = new HashSet<>();

    RelationsReader(Set<String> toolIds, List<Problem> problems) {
        this.toolIds = toolIds;
        this.problems = problems;
    }

    /**
     * The relations of the root's {@code relations:} list; none when the file has no such list. A relation listed
     * twice in one file is a problem; one already read from an earlier file is kept once.
     */
    List<Relation> read(String file, Node root) {
        Node list = root.isMapping() ? root.get("relations") : null;
        var out = new ArrayList<Relation>();
        if (list == null) return out;
        if (!list.isSequence()) {
            problems.add(new Problem(file, list.line(), "relations", "must be a list of relations"));
            return out;
        }
        var seen = new HashSet<String>();
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            if (!item.isMapping()) {
                problems.add(new Problem(file, item.line(), "relations[" + i + "]", "each relation must be a mapping with from, type, to and source"));
                continue;
            }
            var f = new Fields(file, item, "relations[" + i + "].", problems);
            Relation r = relation(f);
            if (r != null && !seen.add(key(r))) f.problem("to", "the same relation is listed twice");
            if (r != null && earlier.add(key(r))) out.add(r);
        }
        return out;
    }

    private Relation relation(Fields f) {
        int before = problems.size();
        f.onlyKeys(KEYS);
        String from = tool(f, "from");
        String to = tool(f, "to");
        String type = f.oneOf("type", RelationType.ids(), true);
        String source = f.required("source");
        if (from != null && from.equals(to)) f.problem("to", "a tool cannot relate to itself");
        if (problems.size() > before) return null;
        return new Relation(from, RelationType.of(type), to, source);
    }

    private String tool(Fields f, String field) {
        String id = f.required(field);
        if (id != null && !toolIds.contains(id)) f.problem(field, "unknown tool id '" + id + "'");
        return id;
    }

    private static String key(Relation r) {
        boolean swap = r.type().symmetric() && r.from().compareTo(r.to()) > 0;
        return (swap ? r.to() : r.from()) + " " + r.type().id() + " " + (swap ? r.from() : r.to());
    }
}
