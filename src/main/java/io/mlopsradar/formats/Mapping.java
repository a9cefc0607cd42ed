package io.mlopsradar.formats;

import io.mlopsradar.landscape.Category;
import io.mlopsradar.landscape.Framework;
import io.mlopsradar.input.Fields;
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
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How an outside file's names become ours: segments, rings, and landscape categories ("Category / Subcategory" or
 * "Category") to our category ids, or {@value #IGNORE} to leave them out. Their names match ignoring case and spacing.
 */
public record Mapping(Map<String, String> segments, Map<String, String> rings, Map<String, String> categories) {
    /** The category value that leaves a landscape category out on purpose. */
    public static final String IGNORE = "ignore";

    public Mapping {
        segments = normalised(segments);
        rings = normalised(rings);
        categories = normalised(categories);
    }

    public static Mapping empty() {
        return new Mapping(Map.of(), Map.of(), Map.of());
    }

    public boolean isEmpty() {
        return segments.isEmpty() && rings.isEmpty() && categories.isEmpty();
    }

    public Optional<String> segment(String theirs) {
        return Optional.ofNullable(segments.get(normal(theirs)));
    }

    public Optional<String> ring(String theirs) {
        return Optional.ofNullable(rings.get(normal(theirs)));
    }

    public Optional<String> category(String theirs) {
        return Optional.ofNullable(categories.get(normal(theirs)));
    }

    /** Reads a mapping file; category targets must be category ids of the framework or "ignore". */
    public static Mapping read(String fileName, String text, Framework framework) {
        Node root = YamlFile.parse(fileName, text);
        var problems = new ArrayList<Problem>();
        var top = new Fields(fileName, root, "", problems);
        top.onlyKeys(List.of("segments", "rings", "categories"));
        var segments = pairs(top, "segments");
        var rings = pairs(top, "rings");
        var categories = pairs(top, "categories");
        Set<String> known = framework.categories().stream().map(Category::id).collect(Collectors.toSet());
        Fields cats = top.child("categories");
        categories.forEach((theirs, ours) -> {
            if (!known.contains(ours) && !IGNORE.equals(ours)) {
                cats.problem(theirs, "unknown category id '" + ours + "' (known: " + String.join(", ", known.stream().sorted().toList())
                        + ", or " + IGNORE + ")");
            }
        });
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return new Mapping(segments, rings, categories);
    }

    /** Reads a mapping shipped in the jar, such as {@code /formats/landscape/lfai-mapping.yaml}. */
    public static Mapping resource(String path, Framework framework) {
        try (InputStream in = Mapping.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalArgumentException("no mapping resource " + path);
            return read(path, new String(in.readAllBytes(), StandardCharsets.UTF_8), framework);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> pairs(Fields top, String field) {
        var out = new LinkedHashMap<String, String>();
        Fields section = top.child(field);
        if (section == null) return out;
        for (String theirs : section.node().fields().keySet()) {
            String ours = section.required(theirs);
            if (ours != null) out.put(theirs, ours);
        }
        return out;
    }

    private static Map<String, String> normalised(Map<String, String> map) {
        var out = new LinkedHashMap<String, String>();
        if (map != null) map.forEach((k, v) -> out.put(normal(k), v.trim()));
        return Map.copyOf(out);
    }

    /** Lowercase, single spaces, and " / " around slashes, so "Data/Versioning" matches "data / versioning". */
    static String normal(String name) {
        if (name == null) return "";
        return name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s*/\\s*", " / ").replaceAll("\\s+", " ");
    }
}
