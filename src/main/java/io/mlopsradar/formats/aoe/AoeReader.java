package io.mlopsradar.formats.aoe;

import io.mlopsradar.editions.EditionDates;
import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.formats.ImportOptions;
import io.mlopsradar.formats.RadarDocument;
import io.mlopsradar.formats.RadarReader;
import io.mlopsradar.formats.internal.BlipCollector;
import io.mlopsradar.formats.internal.FolderEntries;
import io.mlopsradar.formats.internal.HtmlCleaner;
import io.mlopsradar.formats.internal.ImportLog;
import io.mlopsradar.formats.internal.NameMapping;
import io.mlopsradar.formats.internal.RadarShape;
import io.mlopsradar.formats.internal.Row;
import io.mlopsradar.formats.TextFiles;
import io.mlopsradar.input.Fields;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Node;
import io.mlopsradar.input.Problem;
import io.mlopsradar.input.YamlFile;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Reads an AOE technology radar folder ({@code radar/<YYYY-MM-DD>/<id>.md}, with an optional config.json beside
 * {@code radar/} naming quadrants and rings). Each release lists only new or changed items, so every release is rebuilt
 * in full: an item keeps its last ring until a later release changes it.
 */
public final class AoeReader implements RadarReader {

    @Override
    public RadarDocument read(Path folder, ImportOptions options) {
        if (!Files.isDirectory(folder)) throw new InvalidInputException(new Problem(folder.toString(), 0, null, "not a folder"));
        var entries = new FolderEntries(folder);
        Path inner = folder.resolve("radar");
        if (Files.isSymbolicLink(inner)) {
            throw new InvalidInputException(new Problem(inner.toString(), 0, null, "refused: a symbolic link; give the real radar folder"));
        }
        Path radarDir = Files.isDirectory(inner, LinkOption.NOFOLLOW_LINKS) ? inner : folder;
        Path configFile = radarDir.getParent() == null ? Path.of("config.json") : radarDir.getParent().resolve("config.json");
        AoeConfig config = entries.readable(configFile) ? AoeConfig.read(configFile) : AoeConfig.none();
        var log = new ImportLog(options.lenient());
        var names = new NameMapping(options);
        var state = new LinkedHashMap<String, Blip>();
        var editions = new ArrayList<Edition>();
        for (Path release : entries.entries(radarDir)) {
            LocalDate date = releaseDate(release, log);
            if (date == null) continue;
            var items = new BlipCollector(log);
            for (Path file : entries.files(release, ".md")) {
                var row = new Row(file.toString(), 1, "");
                items.add(row, item(file, row, config, names), "id");
            }
            items.blips().forEach(b -> state.put(b.key(), b));
            editions.add(Edition.published(date, List.copyOf(state.values())));
        }
        log.throwIfFailed();
        var segments = config.quadrants().isEmpty() || options.target() != null ? List.<String>of()
                : config.quadrants().values().stream().map(q -> names.segment(new Row("", 0, ""), "quadrant", q)).toList();
        var rings = config.rings().isEmpty() || options.target() != null ? List.<String>of()
                : config.rings().values().stream().map(r -> names.ring(new Row("", 0, ""), "ring", r)).toList();
        var left = new ArrayList<>(entries.refused());
        left.addAll(log.skipped());
        return new RadarDocument(RadarShape.of(folder.toString(), options, state.values(), segments, rings), editions, left);
    }

    private static Blip item(Path file, Row row, AoeConfig config, NameMapping names) {
        String text = TextFiles.read(file).replace("\r\n", "\n");
        if (!text.startsWith("---\n")) {
            row.problem("front matter", "missing front matter: the file must start with a line '---'");
            return null;
        }
        int end = text.indexOf("\n---", 3);
        if (end < 0) {
            row.problem("front matter", "front matter is not closed by a line '---'");
            return null;
        }
        // An empty first line keeps the YAML's line numbers equal to the file's.
        Node front = YamlFile.parse(file.toString(), "\n" + text.substring(4, end + 1));
        var f = new Fields(file.toString(), front, "", row.problems());
        String title = NameMapping.blipName(row.atLine(front.lineOf("title")), "title", f.required("title"));
        String ringId = f.optional("ring");
        if (ringId == null) f.problem("ring", "missing required field");
        String quadrantId = f.node().has("quadrant") ? f.optional("quadrant") : f.optional("segment");
        if (quadrantId == null) f.problem("quadrant", "missing required field (older files call it 'segment')");
        f.list("tags");
        f.bool("featured", true);
        String quadrantField = f.node().has("quadrant") ? "quadrant" : "segment";
        String ring = ringId == null ? null : names.ring(row.atLine(front.lineOf("ring")), "ring", config.ring(ringId));
        String segment = quadrantId == null ? null
                : names.segment(row.atLine(front.lineOf(quadrantField)), quadrantField, config.quadrant(quadrantId));
        String id = NameMapping.blipKey(row, "file name", file.getFileName().toString().replaceFirst("\\.md$", ""));
        if (!row.ok()) return null;
        String body = text.substring(text.indexOf('\n', end + 1) < 0 ? text.length() : text.indexOf('\n', end + 1) + 1);
        return new Blip(id, title, ring, segment, HtmlCleaner.blankToNull(body));
    }

    private static LocalDate releaseDate(Path release, ImportLog log) {
        if (Files.isDirectory(release, LinkOption.NOFOLLOW_LINKS)) {
            var date = EditionDates.read(release.getFileName().toString());
            if (date.isPresent()) return date.get();
        }
        log.fail(new Problem(release.toString(), 0, null, "not a release folder: its name must be a date like 2024-03-01"));
        return null;
    }
}
