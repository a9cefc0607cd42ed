package io.mlopsradar.landscape;

import io.mlopsradar.input.Fields;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Node;
import io.mlopsradar.input.Problem;
import io.mlopsradar.input.YamlFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads and checks a framework file; every problem is reported with its line and field. */
public final class FrameworkReader {
    static final String RESOURCE = "/landscape/framework.yaml";

    private final String file;
    private final List<Problem> problems = new ArrayList<>();
    private final java.util.Map<String, Fields> stageFields = new java.util.HashMap<>();

    private FrameworkReader(String file) {
        this.file = file;
    }

    static Framework readBundled() {
        try (InputStream in = FrameworkReader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("framework resource missing: " + RESOURCE);
            return parse("framework.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses framework YAML text; throws {@link InvalidInputException} listing every problem. */
    public static Framework parse(String fileName, String text) {
        return new FrameworkReader(fileName).read(YamlFile.parse(fileName, text));
    }

    private Framework read(Node root) {
        var top = new Fields(file, root, "", problems);
        top.onlyKeys(List.of("axes", "quadrants", "categories", "rings", "ring_regions", "stages", "interlocks",
                "capabilities"));
        Fields axes = top.child("axes");
        Axis x = axes == null ? null : axis(axes.child("x"), "x", axes);
        Axis y = axes == null ? null : axis(axes.child("y"), "y", axes);
        if (axes == null) top.problem("axes", "missing required field");
        List<Quadrant> quadrants = quadrants(top);
        List<Category> categories = categories(top, quadrants);
        List<Ring> rings = rings(top);
        List<RingBoundary> regions = RingRegionsReader.read(top, entries(top, "ring_regions"), rings, problems);
        List<Stage> stages = stages(top);
        List<Interlock> interlocks = interlocks(top, stages);
        List<Capability> capabilities = CapabilitiesReader.read(top, entries(top, "capabilities"), stages, stageFields,
                problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return new Framework(x, y, quadrants, categories, rings, regions, stages, interlocks, capabilities);
    }

    private Axis axis(Fields f, String name, Fields parent) {
        if (f == null) {
            parent.problem(name, "missing required field");
            return null;
        }
        f.onlyKeys(List.of("name", "low", "high"));
        return new Axis(f.required("name"), f.required("low"), f.required("high"));
    }

    private List<Fields> entries(Fields top, String field) {
        Node list = top.node().get(field);
        var out = new ArrayList<Fields>();
        if (list == null || !list.isSequence()) {
            top.problem(field, "missing list");
            return out;
        }
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            if (!item.isMapping()) {
                problems.add(new Problem(file, item.line(), field + "[" + i + "]", "must be a mapping"));
                continue;
            }
            out.add(new Fields(file, item, field + "[" + i + "].", problems));
        }
        return out;
    }

    private List<Quadrant> quadrants(Fields top) {
        var out = new ArrayList<Quadrant>();
        for (Fields f : entries(top, "quadrants")) {
            f.onlyKeys(List.of("id", "name", "x", "y", "description"));
            String x = f.oneOf("x", Set.of("software", "model"), true);
            String y = f.oneOf("y", Set.of("piecemeal", "all-in-one"), true);
            out.add(new Quadrant(f.required("id"), f.required("name"), "model".equals(x), "all-in-one".equals(y),
                    f.required("description")));
        }
        var corners = new HashSet<String>();
        for (Quadrant q : out) corners.add(q.modelFocused() + "/" + q.allInOne());
        if (out.size() != 4 || corners.size() != 4) {
            top.problem("quadrants", "there must be exactly four quadrants, one per corner of the landscape");
        }
        unique(top, "quadrants", out.stream().map(Quadrant::id).toList());
        return out;
    }

    private List<Category> categories(Fields top, List<Quadrant> quadrants) {
        var out = new ArrayList<Category>();
        for (Fields f : entries(top, "categories")) {
            f.onlyKeys(List.of("id", "name", "quadrant", "anchor", "description"));
            String quadrantId = f.required("quadrant");
            Quadrant quadrant = quadrants.stream().filter(q -> q.id().equals(quadrantId)).findFirst().orElse(null);
            if (quadrantId != null && quadrant == null) f.problem("quadrant", "unknown quadrant '" + quadrantId + "'");
            Fields anchor = f.child("anchor");
            double ax = 0, ay = 0;
            if (anchor == null) {
                f.problem("anchor", "missing required field");
            } else {
                ax = unit(anchor, "x");
                ay = unit(anchor, "y");
                if (quadrant != null && !quadrant.contains(ax, ay)) {
                    f.problem("anchor", "(" + ax + ", " + ay + ") lies outside quadrant " + quadrant.id());
                }
            }
            out.add(new Category(f.required("id"), f.required("name"), quadrantId, ax, ay, f.required("description")));
        }
        unique(top, "categories", out.stream().map(Category::id).toList());
        return out;
    }

    private double unit(Fields f, String field) {
        Double v = f.number(field, true);
        if (v == null) return 0;
        if (v < 0 || v > 1) f.problem(field, v + " is outside 0..1");
        return v;
    }

    private List<Ring> rings(Fields top) {
        var out = new ArrayList<Ring>();
        for (Fields f : entries(top, "rings")) {
            f.onlyKeys(List.of("id", "name", "strategy", "actions"));
            List<String> actions = f.list("actions");
            if (actions.isEmpty()) f.problem("actions", "list at least one action");
            out.add(new Ring(f.required("id"), f.required("name"), out.size(), f.required("strategy"), actions));
        }
        unique(top, "rings", out.stream().map(Ring::id).toList());
        return out;
    }

    private List<Stage> stages(Fields top) {
        var out = new ArrayList<Stage>();
        for (Fields f : entries(top, "stages")) {
            f.onlyKeys(List.of("id", "name", "loop", "description", "core"));
            String loop = f.oneOf("loop", Set.of("software", "model"), true);
            List<String> core = f.list("core");
            if (core.isEmpty()) f.problem("core", "list the stage's core capabilities, the ones that serve it first");
            Stage stage = new Stage(f.required("id"), f.required("name"), "model".equals(loop) ? Loop.MODEL : Loop.SOFTWARE,
                    f.required("description"), core);
            if (stage.id() != null) stageFields.put(stage.id(), f);
            out.add(stage);
        }
        unique(top, "stages", out.stream().map(Stage::id).toList());
        return out;
    }

    private List<Interlock> interlocks(Fields top, List<Stage> stages) {
        var out = new ArrayList<Interlock>();
        if (!top.node().has("interlocks")) return out;
        Set<String> ids = new HashSet<>(stages.stream().map(Stage::id).toList());
        for (Fields f : entries(top, "interlocks")) {
            f.onlyKeys(List.of("from", "to", "description"));
            String from = f.required("from");
            String to = f.required("to");
            if (from != null && !ids.contains(from)) f.problem("from", "unknown stage '" + from + "'");
            if (to != null && !ids.contains(to)) f.problem("to", "unknown stage '" + to + "'");
            out.add(new Interlock(from, to, f.required("description")));
        }
        return out;
    }

    private void unique(Fields top, String field, List<String> ids) {
        var seen = new HashSet<String>();
        for (String id : ids) if (id != null && !seen.add(id)) top.problem(field, "id '" + id + "' appears twice");
    }
}
