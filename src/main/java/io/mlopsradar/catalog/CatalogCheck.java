package io.mlopsradar.catalog;

import io.mlopsradar.input.Fields;
import io.mlopsradar.input.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The checks of {@code radar catalog validate} beyond a file's shape: every stated fact that can change has a source,
 * a tool's category fits its capability, and no repository or homepage appears under two ids (unless one tool is
 * part of the other's product). Each problem names the file, line and field of the tool.
 */
public final class CatalogCheck {
    /** The facts that must carry a source when a tool states them. */
    static final List<Fact> SOURCED = List.of(Fact.LICENSE, Fact.FIRST_RELEASE, Fact.STEWARD, Fact.GITHUB_STARS,
            Fact.STATUS, Fact.STATUS_NOTE);

    private final CategoryFit fit;

    public CatalogCheck(CategoryFit fit) {
        this.fit = fit;
    }

    /** The facts the tools state without a source, each placed on its line. */
    public List<Problem> unsourced(List<Tool> tools, Map<String, Fields> places) {
        var problems = new ArrayList<Problem>();
        for (Tool t : tools) {
            Fields at = places.get(t.id());
            if (at == null) continue;
            Fields f = new Fields(at.file(), at.node(), "", problems);
            for (Fact fact : SOURCED) {
                if (states(t, fact) && t.provenance(fact).isEmpty()) {
                    f.problem(fact.id(), "stated without a source; add facts." + fact.id() + ": {source, as_of}");
                }
            }
        }
        return problems;
    }

    /** Misfiled categories and duplicates, each placed by the entry it was read from. */
    public List<Problem> check(List<Tool> tools, Map<String, Fields> places, Relations relations) {
        var problems = new ArrayList<Problem>();
        for (Tool t : tools) {
            Fields at = places.get(t.id());
            if (at == null) continue;
            var sink = new ArrayList<Problem>();
            Fields f = new Fields(at.file(), at.node(), "", sink);
            if (t.capability() != null && !fit.fits(t.capability(), t.category())) {
                f.problem("category", "'" + t.category() + "' does not fit the capability '" + t.capability()
                        + "' (expected one of " + String.join(", ", fit.categoriesFor(t.capability())) + ")");
            }
            problems.addAll(sink);
        }
        problems.addAll(duplicates(tools, places, relations));
        return problems;
    }

    private static boolean states(Tool t, Fact fact) {
        return switch (fact) {
            case LICENSE -> t.license() != null && !t.license().equalsIgnoreCase("unknown");
            case FIRST_RELEASE -> t.firstRelease() != null;
            case STEWARD -> t.steward() != null && !t.steward().equalsIgnoreCase("unknown");
            case GITHUB_STARS -> t.githubStars() != null;
            case STATUS -> t.status() != Status.ACTIVE;
            case STATUS_NOTE -> t.statusNote() != null;
            default -> false;
        };
    }

    private static List<Problem> duplicates(List<Tool> tools, Map<String, Fields> places, Relations relations) {
        var problems = new ArrayList<Problem>();
        Map<String, Tool> seen = new HashMap<>();
        for (Tool t : tools) {
            for (String field : List.of("repository", "homepage")) {
                String address = Addresses.normal(field.equals("repository") ? t.repository() : t.homepage());
                if (address == null) continue;
                Tool prior = seen.putIfAbsent(field + " " + address, t);
                if (prior == null || prior == t || sameProduct(prior, t, relations)) continue;
                Fields at = places.get(t.id());
                if (at == null) continue;
                var f = new Fields(at.file(), at.node(), "", problems);
                f.problem(field, "the same " + field + " as tool '" + prior.id() + "'; one tool under two ids, or a part-of relation is missing");
            }
        }
        return problems;
    }

    private static boolean sameProduct(Tool a, Tool b, Relations relations) {
        return relations.product(a.id()).equals(relations.product(b.id()));
    }
}
