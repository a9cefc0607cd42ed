package io.mlopsradar.catalog;

import io.mlopsradar.landscape.Framework;
import io.mlopsradar.landscape.Named;
import io.mlopsradar.text.ColumnLengths;
import io.mlopsradar.text.Urls;
import io.mlopsradar.input.ClassPathFolder;
import io.mlopsradar.input.Fields;
import io.mlopsradar.input.InputText;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Node;
import io.mlopsradar.input.Problem;
import io.mlopsradar.input.YamlFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads a catalogue file and checks every tool against the framework: unknown category or stage, missing field,
 * duplicate id or alias, bad URL, year in the future. All problems are collected, each with file, line and field.
 */
public final class CatalogReader {
    static final String FOLDER = "/catalog/";
    static final String RESOURCE = FOLDER + "tools.yaml";
    static final List<String> TOOL_KEYS = List.of("id", "name", "aliases", "homepage", "repository", "license",
            "delivery", "steward", "first_release", "category", "other_categories", "stages", "capability", "also", "requires",
            "origin", "community", "github_stars", "status", "status_note", "status_since", "superseded_by", "tags", "clouds",
            "description", "override", "facts");

    private final String file;
    private final Framework framework;
    private final int currentYear;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, Fields> places = new HashMap<>();

    public CatalogReader(String file, Framework framework, int currentYear) {
        this.file = file;
        this.framework = framework;
        this.currentYear = currentYear;
    }

    /**
     * A checksum of the bundled catalogue files (tools.yaml, signals.yaml, relations.yaml and the files their include
     * lines name), cheap next to parsing them: a database seeded from them need not parse them again.
     */
    /**
     * A checksum of every file in the bundled catalogue's folder (tools, their signal snapshots, relations and the
     * rest), from their sizes and CRC-32s: in the jar these come from its directory, so a start reads none of them.
     */
    static String bundledChecksum() {
        var files = ClassPathFolder.entries(FOLDER.substring(1, FOLDER.length() - 1), "tools.yaml");
        if (!files.containsKey("tools.yaml")) throw new IllegalStateException("catalogue resource missing: " + RESOURCE);
        var crc = new java.util.zip.CRC32();
        long length = 0;
        for (var file : files.entrySet()) {
            crc.update((file.getKey() + ":" + file.getValue().size() + ":" + file.getValue().crc() + "\n").getBytes(StandardCharsets.UTF_8));
            length += file.getValue().size();
        }
        return length + "-" + Long.toHexString(crc.getValue());
    }

    /**
     * The shipped catalogue, read without the "first release in the future" check: that check runs on a clock
     * (`radar catalog validate`, {@link CatalogValidation#bundled}), while a jar must load whatever the day.
     */
    static Catalog readBundled(Framework framework) {
        int year = Year.MAX_VALUE;
        String text = bundledText("tools.yaml");
        if (text == null) throw new IllegalStateException("catalogue resource missing: " + RESOURCE);
        List<Tool> tools = new CatalogReader("tools.yaml", framework, year)
                .parse(text, name -> Optional.ofNullable(bundledText(name)), name -> name);
        Set<String> ids = tools.stream().map(Tool::id).collect(Collectors.toSet());
        Signals signals = new SignalsReader(ids, year, CatalogReader::bundledText).parse("signals.yaml", bundledText("signals.yaml"));
        return new Catalog(tools, signals);
    }

    /** The text of a bundled catalogue file, or null when there is none by that name. */
    static String bundledText(String name) {
        try (InputStream in = CatalogReader.class.getResourceAsStream(FOLDER + name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses a catalogue file from disk and the files it includes from its folder. */
    public List<Tool> parseFile(Path path) {
        String text = text(path);
        Path folder = path.toAbsolutePath().getParent();
        return parse(text, name -> {
            Path file = folder.resolve(name);
            return Files.exists(file) ? Optional.of(InputText.read(file)) : Optional.empty();
        }, name -> path.resolveSibling(name).toString());
    }

    /** Where each tool read by the last parse came from: its entry, by tool id. */
    public Map<String, Fields> places() {
        return Map.copyOf(places);
    }

    /** The relations a file lists, checked against its own tools and the known catalogue. */
    public static List<Relation> readRelations(Path path, List<Tool> own, Catalog known) {
        var ids = new java.util.HashSet<String>();
        known.tools().forEach(t -> ids.add(t.id()));
        own.forEach(t -> ids.add(t.id()));
        var problems = new ArrayList<Problem>();
        var reader = new RelationsReader(ids, problems);
        var out = new ArrayList<Relation>();
        Path folder = path.toAbsolutePath().getParent();
        for (var part : CatalogIncludes.resolve(path.toString(), text(path), name -> optionalText(folder.resolve(name)),
                name -> path.resolveSibling(name).toString(), problems)) {
            out.addAll(reader.read(part.file(), part.root()));
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return out;
    }

    private static Optional<String> optionalText(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String text(Path path) {
        return InputText.read(path);
    }

    /** Parses one catalogue file that includes no other; throws {@link InvalidInputException} listing every problem found. */
    public List<Tool> parse(String text) {
        return parse(text, name -> Optional.empty(), name -> name);
    }

    /**
     * Parses a catalogue file and the files its {@code include:} names, read through {@code folder} and reported
     * under {@code displayName}; ids, names and aliases must be unique across all of them.
     */
    public List<Tool> parse(String text, Function<String, Optional<String>> folder, Function<String, String> displayName) {
        var tools = new ArrayList<Tool>();
        var itemLines = new ArrayList<Fields>();
        for (var part : CatalogIncludes.resolve(file, text, folder, displayName, problems)) {
            readPart(part.file(), part.root(), tools, itemLines);
        }
        crossCheck(tools, itemLines);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return tools;
    }

    private void readPart(String name, Node root, List<Tool> tools, List<Fields> itemLines) {
        var top = new Fields(name, root, "", problems);
        top.onlyKeys(List.of("include", "tools", "relations"));
        Node list = root.get("tools");
        if (list == null || !list.isSequence()) {
            top.problem("tools", "missing list of tools");
            return;
        }
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            if (!item.isMapping()) {
                problems.add(new Problem(name, item.line(), "tools[" + i + "]", "each tool must be a mapping"));
                continue;
            }
            var f = new Fields(name, item, "", problems);
            Tool tool = tool(f);
            if (tool != null) {
                tools.add(tool);
                itemLines.add(f);
                places.putIfAbsent(tool.id(), f);
            }
        }
    }

    private Tool tool(Fields f) {
        int before = problems.size();
        f.onlyKeys(TOOL_KEYS);
        String id = f.required("id");
        if (id != null && !id.matches("[a-z0-9][a-z0-9-]*")) f.problem("id", "'" + id + "' must be lowercase letters, digits and dashes");
        String name = f.required("name");
        fits(f, "id", id, ColumnLengths.TOOL_ID);
        fits(f, "name", name, ColumnLengths.TOOL_NAME);
        String homepage = url(f, "homepage", true);
        String repository = url(f, "repository", false);
        String license = f.required("license");
        if (license != null && !license.equals("proprietary") && !license.matches("[A-Za-z0-9.+-]+( (OR|AND|WITH) [A-Za-z0-9.+-]+)*")) {
            f.problem("license", "'" + license + "' is not an SPDX id or 'proprietary'");
        }
        Delivery delivery = code(f, "delivery", Delivery.values(), Delivery::id, Delivery::of, true);
        String steward = f.required("steward");
        Integer year = f.integer("first_release", false);
        if (year != null && year > currentYear) f.problem("first_release", year + " is in the future");
        if (year != null && year < 1970) f.problem("first_release", year + " is too early to be right");
        String category = known(f, "category", f.required("category"), framework.categories());
        var others = new ArrayList<String>();
        for (String c : f.list("other_categories")) others.add(known(f, "other_categories", c, framework.categories()));
        List<String> stages = f.list("stages");
        if (stages.isEmpty()) f.problem("stages", "list at least one lifecycle stage");
        for (String s : stages) known(f, "stages", s, framework.stages());
        String capability = known(f, "capability", f.required("capability"), framework.capabilities());
        List<String> also = f.list("also");
        for (String c : also) {
            known(f, "also", c, framework.capabilities());
            if (c.equals(capability)) f.problem("also", "'" + c + "' is already the primary capability");
        }
        List<String> requires = f.list("requires");
        for (String r : requires) {
            if (!Tool.REQUIREMENTS.contains(r)) f.problem("requires", "'" + r + "' is not one of " + String.join(", ", Tool.REQUIREMENTS));
        }
        Origin origin = code(f, "origin", Origin.values(), Origin::id, Origin::of, true);
        Community community = code(f, "community", Community.values(), Community::id, Community::of, true);
        Integer stars = f.integer("github_stars", false);
        Status status = code(f, "status", Status.values(), Status::id, Status::of, false);
        String supersededBy = f.optional("superseded_by");
        if (status == Status.SUPERSEDED && supersededBy == null) f.problem("superseded_by", "a superseded tool must name its successor");
        for (String cloud : f.list("clouds")) {
            if (!CLOUDS.contains(cloud)) f.problem("clouds", "'" + cloud + "' is not one of " + String.join(", ", CLOUDS));
        }
        String description = f.required("description");
        String statusNote = f.optional("status_note");
        LocalDate statusSince = Dates.read(f, "status_since", currentYear, false);
        Set<String> stated = new java.util.HashSet<>();
        f.node().fields().forEach((key, value) -> {
            if (!value.isScalar() || value.text() != null) stated.add(key);
        });
        stated.add(Fact.STATUS.id()); // a tool without a status line is active, and that too has a source
        var facts = ProvenanceReader.read(f, stated, currentYear);
        CuratorOverride override = override(f);
        if (problems.size() > before) return null;
        return new Tool(id, name, f.list("aliases"), homepage, repository, license, delivery, steward, year, category,
                others, stages, capability, also, requires, origin, community, stars, status == null ? Status.ACTIVE : status, supersededBy,
                f.list("tags"), f.list("clouds"), description, statusNote, statusSince, facts, override);
    }

    static final List<String> CLOUDS = List.of("aws", "gcp", "azure", "ibm", "oracle", "alibaba");

    private CuratorOverride override(Fields f) {
        Fields o = f.child("override");
        if (o == null) return null;
        o.onlyKeys(List.of("ring", "rationale"));
        String ring = known(o, "ring", o.required("ring"), framework.rings());
        return new CuratorOverride(ring, o.required("rationale"));
    }

    private <E> E code(Fields f, String field, E[] values, Function<E, String> code, Function<String, E> of, boolean required) {
        String text = f.oneOf(field, EnumCodes.codes(values, code), required);
        return text == null ? null : of.apply(text);
    }

    private String known(Fields f, String field, String value, List<? extends Named> known) {
        if (value == null) return null;
        for (Named n : known) if (n.id().equals(value)) return value;
        f.problem(field, "unknown " + kind(field)
                + " '" + value + "'" + closest(value, known));
        return value;
    }

    private static String kind(String field) {
        return switch (field) {
            case "stages" -> "lifecycle stage";
            case "other_categories" -> "category";
            case "capability", "also" -> "capability";
            default -> field;
        };
    }

    private static String closest(String value, List<? extends Named> known) {
        return known.stream().map(Named::id).min((a, b) -> Distance.levenshtein(value, a) - Distance.levenshtein(value, b))
                .map(best -> "; did you mean '" + best + "'?").orElse("");
    }

    private static void fits(Fields f, String field, String value, int max) {
        String tooLong = ColumnLengths.tooLong(value, max);
        if (tooLong != null) f.problem(field, "'" + value.substring(0, 40) + "…' " + tooLong);
    }

    private String url(Fields f, String field, boolean required) {
        String value = required ? f.required(field) : f.optional(field);
        if (value == null) return null;
        if (!Urls.isHttp(value)) f.problem(field, "'" + value + "' is not an http(s) URL");
        return value;
    }

    private void crossCheck(List<Tool> tools, List<Fields> fields) {
        Map<String, Integer> owner = new HashMap<>();
        for (int i = 0; i < tools.size(); i++) {
            Tool t = tools.get(i);
            Fields f = fields.get(i);
            for (String n : t.names().stream().map(Catalog::key).distinct().toList()) {
                Integer prior = owner.putIfAbsent(n, i);
                if (prior != null) {
                    String field = Catalog.key(t.id()).equals(n) ? "id" : Catalog.key(t.name()).equals(n) ? "name" : "aliases";
                    String elsewhere = fields.get(prior).file().equals(f.file()) ? "" : " in " + fields.get(prior).file();
                    f.problem(field, "'" + n + "' is already used by tool '" + tools.get(prior).id() + "'" + elsewhere);
                }
            }
        }
        Set<String> ids = tools.stream().map(Tool::id).collect(Collectors.toSet());
        for (int i = 0; i < tools.size(); i++) {
            Tool t = tools.get(i);
            if (t.supersededBy() != null && !ids.contains(t.supersededBy())) {
                fields.get(i).problem("superseded_by", "unknown tool id '" + t.supersededBy() + "'");
            }
        }
    }
}
