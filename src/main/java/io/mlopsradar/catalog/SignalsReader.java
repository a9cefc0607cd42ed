package io.mlopsradar.catalog;

import io.mlopsradar.input.Fields;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Node;
import io.mlopsradar.input.Problem;
import io.mlopsradar.input.YamlFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads {@code signals.yaml}: dated snapshots per tool, each with its source, and an optional {@code include:} list
 * of more files of the same shape. Every problem is collected with its file, line and field.
 */
public final class SignalsReader {
    static final List<String> KEYS = List.of("tool", "as_of", "source", "stars", "last_commit", "latest_release",
            "archived", "created", "license", "open_issues", "contributors", "latest_version", "first_release", "moved_to");

    private final Set<String> toolIds;
    private final int currentYear;
    private final Function<String, String> includes;
    private final List<Problem> problems = new ArrayList<>();

    /**
     * @param toolIds  the catalogue's tool ids; a snapshot of any other tool is refused
     * @param includes reads an included file's text by its name
     */
    public SignalsReader(Set<String> toolIds, int currentYear, Function<String, String> includes) {
        this.toolIds = Set.copyOf(toolIds);
        this.currentYear = currentYear;
        this.includes = includes;
    }

    /** Parses a signals file and its includes; throws {@link InvalidInputException} listing every problem. */
    public Signals parse(String file, String text) {
        var snapshots = new ArrayList<Snapshot>();
        read(file, text, snapshots, new HashSet<>());
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return new Signals(snapshots);
    }

    private void read(String file, String text, List<Snapshot> into, Set<String> seen) {
        seen.add(file);
        Node root = YamlFile.parse(file, text);
        var top = new Fields(file, root, "", problems);
        top.onlyKeys(List.of("include", "snapshots"));
        Node list = root.get("snapshots");
        if (list != null && !list.isSequence()) top.problem("snapshots", "must be a list of snapshots");
        var keys = new HashSet<String>();
        for (Node item : list == null ? List.<Node>of() : list.items()) {
            if (!item.isMapping()) {
                problems.add(new Problem(file, item.line(), "snapshots", "each snapshot must be a mapping"));
                continue;
            }
            Snapshot s = snapshot(new Fields(file, item, "", problems));
            if (s == null) continue;
            if (!keys.add(s.tool() + " " + s.asOf() + " " + s.source())) {
                problems.add(new Problem(file, item.line(), "as_of", "a second snapshot of '" + s.tool() + "' from the same source on " + s.asOf()));
            }
            into.add(s);
        }
        for (String name : top.list("include")) {
            if (seen.contains(name)) {
                top.problem("include", "'" + name + "' is included twice");
                continue;
            }
            String included = includes.apply(name);
            if (included == null) top.problem("include", "cannot read included file '" + name + "'");
            else read(name, included, into, seen);
        }
    }

    private Snapshot snapshot(Fields f) {
        int before = problems.size();
        f.onlyKeys(KEYS);
        String tool = f.required("tool");
        if (tool != null && !toolIds.contains(tool)) f.problem("tool", "unknown tool id '" + tool + "'");
        LocalDate asOf = Dates.read(f, "as_of", currentYear, true);
        String source = f.required("source");
        Integer stars = nonNegative(f, "stars");
        LocalDate lastCommit = Dates.read(f, "last_commit", currentYear, false);
        LocalDate latestRelease = Dates.read(f, "latest_release", currentYear, false);
        Boolean archived = f.optional("archived") == null ? null : f.bool("archived", false);
        LocalDate created = Dates.read(f, "created", currentYear, false);
        Integer openIssues = nonNegative(f, "open_issues");
        Integer contributors = nonNegative(f, "contributors");
        LocalDate firstRelease = Dates.read(f, "first_release", currentYear, false);
        for (var later : List.of("last_commit", "latest_release", "created", "first_release")) {
            LocalDate d = Dates.read(new Fields(f.file(), f.node(), "", new ArrayList<>()), later, currentYear, false);
            if (d != null && asOf != null && d.isAfter(asOf)) f.problem(later, d + " is after the snapshot's as_of " + asOf);
        }
        if (problems.size() > before) return null;
        return new Snapshot(tool, asOf, source, stars, lastCommit, latestRelease, archived, created, f.optional("license"),
                openIssues, contributors, f.optional("latest_version"), firstRelease, f.optional("moved_to"));
    }

    private static Integer nonNegative(Fields f, String field) {
        Integer n = f.integer(field, false);
        if (n != null && n < 0) f.problem(field, n + " cannot be negative");
        return n;
    }
}
