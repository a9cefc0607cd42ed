package io.mlopsradar.catalog;

import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Node;
import io.mlopsradar.input.Problem;
import io.mlopsradar.input.YamlFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The sourced relations between catalogue tools: what works with what, alternatives, parts of a product and
 * successors. The bundled set is read from relations.yaml and from the {@code relations:} list of every catalogue
 * file (tools.yaml and the files it includes).
 */
public final class Relations {
    static final String DIR = "/catalog/";
    private static volatile Relations bundled;

    private final List<Relation> all;

    public Relations(List<Relation> all) {
        this.all = List.copyOf(all);
    }

    public static Relations none() {
        return new Relations(List.of());
    }

    /** The relations shipped in the jar, checked against the bundled catalogue. */
    public static Relations bundled() {
        if (bundled == null) bundled = readBundled(Catalog.bundled());
        return bundled;
    }

    static Relations readBundled(Catalog catalog) {
        var problems = new ArrayList<Problem>();
        var reader = new RelationsReader(catalog.tools().stream().map(Tool::id).collect(Collectors.toSet()), problems);
        var out = new ArrayList<Relation>();
        for (String file : files()) {
            String text = resource(file);
            if (text != null) out.addAll(reader.read(file, YamlFile.parse(file, text)));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return new Relations(out);
    }

    /** relations.yaml, tools.yaml and the catalogue files tools.yaml includes. */
    private static List<String> files() {
        var files = new ArrayList<String>(List.of("relations.yaml", "tools.yaml"));
        Node root = YamlFile.parse("tools.yaml", resource("tools.yaml"));
        Node include = root.get("include");
        if (include != null && include.isSequence()) for (Node n : include.items()) files.add(n.text());
        return files;
    }

    private static String resource(String file) {
        try (InputStream in = Relations.class.getResourceAsStream(DIR + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads and checks the {@code relations:} list of one file against the known tool ids. */
    public static List<Relation> read(String file, String text, Set<String> toolIds) {
        var problems = new ArrayList<Problem>();
        List<Relation> out = new RelationsReader(toolIds, problems).read(file, YamlFile.parse(file, text));
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return out;
    }

    public List<Relation> all() {
        return all;
    }

    /** Every relation touching the tool, in file order. */
    public List<Relation> of(String toolId) {
        return all.stream().filter(r -> r.touches(toolId)).toList();
    }

    /** The tool's relations grouped by their words read from its side ("works with", "part of", "has part", …). */
    public Map<String, List<String>> grouped(String toolId) {
        var out = new LinkedHashMap<String, List<String>>();
        byWords(toolId).forEach((words, list) -> out.put(words, list.stream().map(r -> r.other(toolId)).toList()));
        return out;
    }

    /** The tool's relations with their sources, grouped by their words read from its side, in the types' order. */
    public Map<String, List<Relation>> byWords(String toolId) {
        var out = new LinkedHashMap<String, List<Relation>>();
        for (RelationType type : RelationType.values()) {
            for (Relation r : of(toolId)) {
                if (r.type() == type) out.computeIfAbsent(r.wordsFrom(toolId), k -> new ArrayList<>()).add(r);
            }
        }
        return out;
    }

    /** The tool's relations as JSON objects {@code {type, words, tool, source}}, as the API and {@code explain} give them. */
    public List<RelationJson> toJson(String toolId) {
        return of(toolId).stream().map(r -> new RelationJson(r.type().id(), r.wordsFrom(toolId), r.other(toolId), r.source())).toList();
    }

    /** One relation in JSON, read from one tool: its type, the words for it, the other tool and the source. */
    public record RelationJson(String type, String words, String tool, String source) {
    }

    /** The ids of tools related to this one in any way: its neighbours on the landscape. */
    public Set<String> neighbours(String toolId) {
        return of(toolId).stream().map(r -> r.other(toolId)).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** True when the two tools are related by the given type, read either way. */
    public boolean related(String a, RelationType type, String b) {
        return all.stream().anyMatch(r -> r.type() == type && ((r.from().equals(a) && r.to().equals(b))
                || (r.from().equals(b) && r.to().equals(a))));
    }

    /** The whole a tool is part of, following part-of relations upward, or the tool itself when it is part of none. */
    public String product(String toolId) {
        String current = toolId;
        for (int guard = 0; guard < 10; guard++) {
            String id = current;
            var whole = all.stream().filter(r -> r.type() == RelationType.PART_OF && r.from().equals(id)).findFirst();
            if (whole.isEmpty()) return current;
            current = whole.get().to();
        }
        return current;
    }

    /** The successor named by a replaced-by relation, if any. */
    public java.util.Optional<String> successor(String toolId) {
        return all.stream().filter(r -> r.type() == RelationType.REPLACED_BY && r.from().equals(toolId)).map(Relation::to).findFirst();
    }
}
