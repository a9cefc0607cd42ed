package io.mlopsradar.imports;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.mlopsradar.audit.Actor;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.History;
import io.mlopsradar.formats.registry.Format;
import io.mlopsradar.formats.ImportOptions;
import io.mlopsradar.input.Problem;
import io.mlopsradar.store.RadarRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One import of outside files into a stored radar: every file is read first (strictly, or leniently with the rows
 * skipped listed), then all editions are stored in one transaction with an audit entry, or nothing is. The command
 * line and the web app both import through here.
 */
public final class RadarImport {
    private final RadarRepository radars;
    private final Clock clock;

    public RadarImport(RadarRepository radars, Clock clock) {
        this.radars = radars;
        this.clock = clock;
    }

    /** What to import: the files in one format, read with these options into the named radar (null: the files' own). */
    public record Request(List<Path> files, Format format, ImportOptions options, Pattern editionFromName, String radar,
                          boolean publish) {
    }

    /** The files read and ready to store: their editions (published when asked) and the rows skipped. */
    public record Prepared(Request request, RadarFiles.Read read, List<Edition> editions) {
        public int blips() {
            return editions.stream().mapToInt(e -> e.blips().size()).sum();
        }
    }

    /** What an import did: the radar, the editions added, replaced and kept, and the rows skipped (file, line, field). */
    public record Report(String format, String radar, boolean radarCreated, int editionsAdded, int editionsReplaced,
                         int editionsUnchanged, List<Problem> skipped) {
        public boolean changed() {
            return editionsAdded + editionsReplaced > 0 || radarCreated;
        }

        /** The report as JSON, the same for the command line's --format json and the API. */
        public ReportJson json() {
            return new ReportJson(radar, radarCreated, editionsAdded, editionsReplaced, editionsUnchanged, changed(), skipped);
        }
    }

    /**
     * What an import did as the command line and the API write it, after the keys that say what was read; each row
     * skipped is {file, line, field, message}.
     */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ReportJson(String radar, boolean radarCreated, int editionsAdded, int editionsReplaced, int editionsUnchanged,
                             boolean changed, List<Problem> skipped) {
    }

    /** What the audit entry of an import says was read: the format, the files' names, the mode and the rows skipped. */
    record ReadJson(String format, List<String> files, boolean lenient, int skipped) {
    }

    /** Reads every file; refused files are an {@link io.mlopsradar.input.InvalidInputException} listing every problem. */
    public Prepared read(Request request) {
        RadarFiles.Read read = RadarFiles.read(request.files(), request.format(), request.options(), request.editionFromName(),
                request.radar(), radars::find);
        List<Edition> editions = read.editions().stream().map(e -> request.publish() && !e.isPublished() ? e.publish() : e).toList();
        return new Prepared(request, read, editions);
    }

    /**
     * Stores what was read, all of it or nothing, with one audit entry. A published edition that would change is a
     * {@link io.mlopsradar.editions.PublishedEditionException}, a radar of another shape an {@link IllegalArgumentException}.
     */
    public Report store(Prepared prepared, Actor actor, Consumer<Edition> progress) {
        Request r = prepared.request();
        var what = new ReadJson(r.format().id(), r.files().stream().map(f -> f.getFileName().toString()).toList(),
                r.options().lenient(), prepared.read().skipped().size());
        var saved = radars.save(new History(prepared.read().shape(), prepared.editions()), progress, actor, clock, what);
        return new Report(r.format().id(), prepared.read().shape().name(), saved.radarCreated(), saved.editionsAdded(),
                saved.editionsReplaced(), saved.editionsUnchanged(), prepared.read().skipped());
    }
}
