package io.mlopsradar.advisor;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.landscape.Capability;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.landscape.Named;
import io.mlopsradar.landscape.Stage;
import io.mlopsradar.rings.TrialOutcome;
import io.mlopsradar.input.Fields;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Node;
import io.mlopsradar.input.Problem;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Checks one profile file, collecting every problem with its file, line and field. */
final class ProfileCheck {
    static final List<String> KEYS = List.of("name", "clouds", "mlops_core_business", "team", "stack", "pains",
            "constraints", "trials");
    static final List<String> TEAM_KEYS = List.of("researchers", "engineers", "ml_engineers");
    static final List<String> CONSTRAINT_KEYS = List.of("open_source_only", "self_hosted_only", "budget", "regulated",
            "accept_kubernetes");
    static final List<String> TRIAL_KEYS = List.of("tool", "project_size", "outcome");

    private final Framework framework;
    private final Catalog catalog;
    private final String file;
    private final List<Problem> problems = new ArrayList<>();

    ProfileCheck(Framework framework, Catalog catalog, String file) {
        this.framework = framework;
        this.catalog = catalog;
        this.file = file;
    }

    Profile check(Node root) {
        if (!root.isMapping()) throw new InvalidInputException(new Problem(file, root.line(), null, "a profile must be a mapping"));
        var f = new Fields(file, root, "", problems);
        f.onlyKeys(KEYS);
        String name = f.required("name");
        Set<String> clouds = clouds(f);
        boolean core = f.bool("mlops_core_business", false);
        Profile.Team team = team(f);
        List<String> stack = tools(f, "stack");
        List<String> pains = pains(f);
        Profile.Constraints constraints = constraints(f);
        List<Profile.Trial> trials = trials(f);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return new Profile(name, clouds, core, team, stack, pains, constraints, trials);
    }

    private Set<String> clouds(Fields f) {
        Set<String> known = new TreeSet<>();
        catalog.tools().forEach(t -> known.addAll(t.clouds()));
        var clouds = new TreeSet<String>();
        for (String c : f.list("clouds")) {
            String id = c.trim().toLowerCase(Locale.ROOT);
            if (known.contains(id)) clouds.add(id);
            else f.problem("clouds", "unknown cloud '" + c + "' (known: " + String.join(", ", known) + ")");
        }
        return clouds;
    }

    private Profile.Team team(Fields f) {
        Fields t = f.child("team");
        if (t == null) return new Profile.Team(0, 0, 0);
        t.onlyKeys(TEAM_KEYS);
        return new Profile.Team(count(t, "researchers"), count(t, "engineers"), count(t, "ml_engineers"));
    }

    private static int count(Fields f, String field) {
        Integer n = f.integer(field, false);
        if (n == null) return 0;
        if (n < 0) {
            f.problem(field, n + " is negative; give a head count of 0 or more");
            return 0;
        }
        return n;
    }

    private List<String> tools(Fields f, String field) {
        var ids = new LinkedHashSet<String>();
        for (Node item : items(f, field)) resolve(field, item).ifPresent(t -> ids.add(t.id()));
        return List.copyOf(ids);
    }

    private Optional<Tool> resolve(String field, Node item) {
        String typed = item.text();
        if (typed == null || !item.isScalar()) {
            problem(item, field, "each entry must be a tool name");
            return Optional.empty();
        }
        Optional<Tool> tool = catalog.find(typed);
        if (tool.isEmpty()) {
            List<String> close = catalog.suggest(typed, 3);
            problem(item, field, "unknown tool '" + typed + "'"
                    + (close.isEmpty() ? "" : "; did you mean: " + String.join(", ", close) + "?"));
        }
        return tool;
    }

    /** Each pain is a lifecycle stage or a capability, by id or name in any case. */
    private List<String> pains(Fields f) {
        var ids = new LinkedHashSet<String>();
        for (Node item : items(f, "pains")) {
            String typed = String.valueOf(item.text());
            Optional<String> need = named(framework.stages(), typed).or(() -> named(framework.capabilities(), typed));
            if (need.isPresent()) ids.add(need.get());
            else problem(item, "pains", "unknown lifecycle stage or capability '" + typed + "' (stages: "
                    + String.join(", ", framework.stages().stream().map(Stage::id).toList()) + "; capabilities: "
                    + String.join(", ", framework.capabilities().stream().map(Capability::id).toList()) + ")");
        }
        return List.copyOf(ids);
    }

    private static Optional<String> named(List<? extends Named> known, String typed) {
        return known.stream().filter(n -> n.id().equalsIgnoreCase(typed) || n.name().equalsIgnoreCase(typed))
                .map(Named::id).findFirst();
    }

    private Profile.Constraints constraints(Fields f) {
        Fields c = f.child("constraints");
        if (c == null) return Profile.Constraints.none();
        c.onlyKeys(CONSTRAINT_KEYS);
        String budget = lower(c, "budget");
        Profile.Budget parsed = Profile.Budget.MEDIUM;
        if (budget != null) {
            if (Set.of("low", "medium", "high").contains(budget)) parsed = Profile.Budget.valueOf(budget.toUpperCase(Locale.ROOT));
            else c.problem("budget", "'" + budget + "' is not one of high, low, medium");
        }
        return new Profile.Constraints(c.bool("open_source_only", false), c.bool("self_hosted_only", false), parsed,
                c.bool("regulated", false), c.bool("accept_kubernetes", false));
    }

    private List<Profile.Trial> trials(Fields f) {
        var trials = new ArrayList<Profile.Trial>();
        List<Node> items = items(f, "trials");
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            if (!item.isMapping()) {
                problem(item, "trials[" + i + "]", "each trial must be a mapping with tool, project_size and outcome");
                continue;
            }
            var t = new Fields(file, item, "trials[" + i + "].", problems);
            t.onlyKeys(TRIAL_KEYS);
            Node toolNode = item.get("tool");
            Optional<Tool> tool = toolNode == null ? Optional.empty() : resolve("trials[" + i + "].tool", toolNode);
            if (toolNode == null) t.problem("tool", "missing required field");
            String size = choice(t, "project_size", TrialOutcome.Size.values());
            String outcome = choice(t, "outcome", TrialOutcome.Result.values());
            if (tool.isPresent() && size != null && outcome != null) {
                trials.add(new Profile.Trial(tool.get().id(), new TrialOutcome(
                        TrialOutcome.Size.valueOf(size.toUpperCase(Locale.ROOT)),
                        TrialOutcome.Result.valueOf(outcome.toUpperCase(Locale.ROOT)))));
            }
        }
        return trials;
    }

    private static String choice(Fields f, String field, Enum<?>[] values) {
        var allowed = new TreeSet<String>();
        for (Enum<?> v : values) allowed.add(v.name().toLowerCase(Locale.ROOT));
        String value = lower(f, field);
        if (value == null) {
            f.problem(field, "missing required field (one of " + String.join(", ", allowed) + ")");
        } else if (!allowed.contains(value)) {
            f.problem(field, "'" + value + "' is not one of " + String.join(", ", allowed));
            return null;
        }
        return value;
    }

    private static String lower(Fields f, String field) {
        String value = f.optional(field);
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    /** The entries of a list field; a mapping where a list belongs is a problem. */
    private static List<Node> items(Fields f, String field) {
        Node value = f.node().get(field);
        if (value == null || (value.isScalar() && value.text() == null)) return List.of();
        if (value.isScalar()) return List.of(value);
        if (value.isMapping()) {
            f.problem(field, "must be a list");
            return List.of();
        }
        return value.items();
    }

    /** A problem at the line of one list entry, so a long block list still points at the right line. */
    private void problem(Node item, String field, String message) {
        problems.add(new Problem(file, item.line(), field, message));
    }
}
