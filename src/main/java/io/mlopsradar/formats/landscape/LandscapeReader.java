package io.mlopsradar.formats.landscape;

import io.mlopsradar.catalog.Catalog;
import io.mlopsradar.catalog.Community;
import io.mlopsradar.catalog.Delivery;
import io.mlopsradar.catalog.Origin;
import io.mlopsradar.catalog.Status;
import io.mlopsradar.catalog.Tool;
import io.mlopsradar.editions.BlipKeys;
import io.mlopsradar.formats.Mapping;
import io.mlopsradar.formats.internal.HtmlCleaner;
import io.mlopsradar.formats.TextFiles;
import io.mlopsradar.text.ColumnLengths;
import io.mlopsradar.text.Urls;
import io.mlopsradar.input.Fields;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Node;
import io.mlopsradar.input.Problem;
import io.mlopsradar.input.YamlFile;
import java.nio.file.Path;
import java.time.LocalDate;
import io.mlopsradar.catalog.Fact;
import io.mlopsradar.catalog.Provenance;
import java.util.Map;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a CNCF / LF AI &amp; Data landscape file, in the landscape2 style ({@code categories:}) or the legacy style
 * ({@code landscape:} with {@code - category:} / {@code - subcategory:} / {@code - item:} keys), into catalogue tools.
 * A category or subcategory goes to our category only through the mapping.
 */
public final class LandscapeReader {
    private static final int MAX_DESCRIPTION = 400;

    private final Catalog catalog;
    private final Mapping mapping;
    private final LocalDate today;

    public LandscapeReader(Catalog catalog, Mapping mapping, LocalDate today) {
        this.catalog = catalog;
        this.mapping = mapping;
        this.today = today;
    }

    public LandscapeImport read(Path path) {
        return read(path.toString(), TextFiles.read(path));
    }

    public LandscapeImport read(String file, String content) {
        var problems = new ArrayList<Problem>();
        var result = new Collected();
        for (Listed listed : items(file, content, problems)) {
            take(file, httpLinks(file, listed.item(), result.dropped), result, listed.fields());
        }
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        return new LandscapeImport(result.added, result.known, result.unmapped, result.ignored, result.dropped);
    }

    /** How many of the file's items the mapping places on one of our categories, without adding anything. */
    public MappingCoverage coverage(String file, String content) {
        var problems = new ArrayList<Problem>();
        List<Listed> items = items(file, content, problems);
        if (!problems.isEmpty()) throw new InvalidInputException(problems);
        long placed = items.stream().map(l -> category(l.item().path()))
                .filter(c -> c.isPresent() && !Mapping.IGNORE.equals(c.get())).count();
        return new MappingCoverage((int) placed, items.size());
    }

    /** An item that reads cleanly, with the fields later problems are reported against. */
    private record Listed(LandscapeItem item, Fields fields) {
    }

    private static List<Listed> items(String file, String content, List<Problem> problems) {
        Node root = YamlFile.parse(file, content);
        var top = new Fields(file, root, "", problems);
        String listKey = root.has("categories") ? "categories" : "landscape";
        Node categories = root.get(listKey);
        if (categories == null || !categories.isSequence()) top.problem("categories", "missing list of categories (or 'landscape')");
        var listed = new ArrayList<Listed>();
        for (int i = 0; categories != null && i < categories.items().size(); i++) {
            var category = new Fields(file, categories.items().get(i), listKey + "[" + i + "].", problems);
            String categoryName = category.required("name");
            Node subs = category.node().get("subcategories");
            for (int j = 0; subs != null && j < subs.items().size(); j++) {
                var sub = new Fields(file, subs.items().get(j), listKey + "[" + i + "].subcategories[" + j + "].", problems);
                String path = categoryName + " / " + sub.required("name");
                Node items = sub.node().get("items");
                for (int k = 0; items != null && k < items.items().size(); k++) {
                    var f = new Fields(file, items.items().get(k), "", problems);
                    int before = problems.size();
                    LandscapeItem item = LandscapeItem.read(f, path);
                    if (problems.size() == before) listed.add(new Listed(item, f));
                }
            }
        }
        return listed;
    }

    /** What the reading found so far. */
    private static final class Collected {
        final List<Tool> added = new ArrayList<>();
        final List<String> known = new ArrayList<>();
        final List<Problem> unmapped = new ArrayList<>();
        final List<String> ignored = new ArrayList<>();
        final List<Problem> dropped = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
    }

    private void take(String file, LandscapeItem item, Collected result, Fields f) {
        String id = BlipKeys.slug(item.name());
        String tooLong = ColumnLengths.tooLong(item.name(), ColumnLengths.TOOL_NAME);
        if (tooLong == null) tooLong = ColumnLengths.tooLong(id, ColumnLengths.TOOL_ID);
        if (tooLong != null) {
            f.problem("name", "item '" + item.name().substring(0, 40) + "…' " + tooLong);
            return;
        }
        if (!result.seen.add(id)) return; // the same item listed under a second category
        Optional<String> category = category(item.path());
        if (category.isEmpty()) {
            result.unmapped.add(new Problem(file, item.line(), "category", "no mapping for '" + item.path() + "'; item '"
                    + item.name() + "' left out (map it in the mapping file under categories:)"));
        } else if (Mapping.IGNORE.equals(category.get())) {
            result.ignored.add(item.name());
        } else if (catalog.find(item.name()).or(() -> catalog.find(id)).isPresent()) {
            result.known.add(item.name());
        } else if (id.isEmpty() || (item.homepage() == null && item.repo() == null)) {
            f.problem("homepage_url", "item '" + item.name() + "' needs a homepage_url or repo_url and a name with letters or digits");
        } else {
            result.added.add(tool(file, id, item, category.get()));
        }
    }

    /** The item without links that are not http(s), each dropped link reported. */
    private static LandscapeItem httpLinks(String file, LandscapeItem item, List<Problem> dropped) {
        String homepage = link(file, item, "homepage_url", item.homepage(), dropped);
        String repo = link(file, item, "repo_url", item.repo(), dropped);
        return item.withLinks(homepage, repo);
    }

    private static String link(String file, LandscapeItem item, String field, String url, List<Problem> dropped) {
        if (url == null || url.isBlank() || Urls.isHttp(url)) return url;
        dropped.add(new Problem(file, item.line(), field, "'" + (url.length() > 60 ? url.substring(0, 60) + "…" : url)
                + "' of item '" + item.name() + "' is not an http(s) URL; dropped"));
        return null;
    }

    private Optional<String> category(String path) {
        return mapping.category(path).or(() -> mapping.category(path.substring(0, path.indexOf(" / "))));
    }

    private Tool tool(String file, String id, LandscapeItem item, String category) {
        String homepage = item.homepage() != null ? item.homepage() : item.repo();
        var others = item.secondPaths().stream().map(p -> category(p).orElse(Mapping.IGNORE))
                .filter(c -> !c.equals(Mapping.IGNORE) && !c.equals(category)).distinct().toList();
        return new Tool(id, item.name().strip(), List.of(), homepage, item.repo(), ToolDefaults.license(item.license()),
                item.repo() != null ? Delivery.OPEN_SOURCE : Delivery.SAAS, ToolDefaults.steward(item.repo(), homepage),
                firstRelease(item), category, others, ToolDefaults.stages(category),
                ToolDefaults.capability(category), List.of(), List.of(), Origin.COMMUNITY, Community.SMALL,
                item.stars(), "archived".equalsIgnoreCase(item.project()) ? Status.DISCONTINUED : Status.ACTIVE, null,
                List.of(), List.of(), description(file, item), null, null, provenance(file, item), null);
    }

    /** Each fact the file states, credited to the file and the day it was read. */
    private Map<String, Provenance> provenance(String file, LandscapeItem item) {
        var read = new Provenance(Path.of(file).getFileName().toString(), today);
        var facts = new java.util.HashMap<String, Provenance>();
        facts.put(Fact.LICENSE.id(), read);
        facts.put(Fact.STATUS.id(), read);
        if (item.stars() != null) facts.put(Fact.GITHUB_STARS.id(), read);
        if (firstRelease(item) != null) facts.put(Fact.FIRST_RELEASE.id(), read);
        return facts;
    }

    /** The earliest year the file's dates name; null (unknown) when it names none, rather than a made-up year. */
    private static Integer firstRelease(LandscapeItem item) {
        return item.dates().stream().filter(d -> d.matches("\\d{4}-.*")).map(d -> Integer.valueOf(d.substring(0, 4)))
                .min(Integer::compare).orElse(null);
    }

    private static String description(String file, LandscapeItem item) {
        String source = " (Imported from " + Path.of(file).getFileName() + ", listed under " + item.path() + ".)";
        String text = HtmlCleaner.text(item.description());
        if (text == null || text.isBlank()) return "Listed under " + item.path() + " in " + Path.of(file).getFileName() + "; that file gives no description.";
        if (text.length() > MAX_DESCRIPTION) text = text.substring(0, MAX_DESCRIPTION - 1).strip() + "…";
        return text + source;
    }
}
