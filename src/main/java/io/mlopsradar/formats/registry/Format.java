package io.mlopsradar.formats.registry;

import io.mlopsradar.formats.RadarReader;
import io.mlopsradar.formats.RadarWriter;
import io.mlopsradar.formats.TextRadarReader;
import io.mlopsradar.formats.TextRadarWriter;
import io.mlopsradar.formats.aoe.AoeReader;
import io.mlopsradar.formats.aoe.AoeWriter;
import io.mlopsradar.formats.backstage.BackstageReader;
import io.mlopsradar.formats.backstage.BackstageWriter;
import io.mlopsradar.formats.byor.ByorCsvReader;
import io.mlopsradar.formats.byor.ByorCsvWriter;
import io.mlopsradar.formats.byor.ByorJsonReader;
import io.mlopsradar.formats.byor.ByorJsonWriter;
import io.mlopsradar.formats.own.OwnYamlReader;
import io.mlopsradar.formats.own.OwnYamlWriter;
import io.mlopsradar.formats.zalando.ZalandoReader;
import io.mlopsradar.formats.zalando.ZalandoWriter;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Every outside format by its id, with its reader and writer, so the CLI and web can dispatch by name. The landscape
 * format reads into the catalogue, not into a radar: use {@link io.mlopsradar.formats.landscape.LandscapeReader}.
 */
public enum Format {
    BYOR_CSV("byor-csv", "Thoughtworks Build Your Own Radar CSV", false, new ByorCsvReader(), new ByorCsvWriter()),
    BYOR_JSON("byor-json", "Thoughtworks Build Your Own Radar JSON", false, new ByorJsonReader(), new ByorJsonWriter()),
    ZALANDO("zalando", "Zalando tech-radar config.json", false, new ZalandoReader(), new ZalandoWriter()),
    BACKSTAGE("backstage", "Backstage TechRadarLoaderResponse JSON", true, new BackstageReader(), new BackstageWriter()),
    AOE("aoe", "AOE technology radar Markdown folder", true, new AoeReader(), new AoeWriter()),
    LANDSCAPE("landscape", "CNCF / LF AI & Data landscape YAML (into the catalogue)", false, null, null),
    YAML("yaml", "MLOps Radar YAML, every edition, lossless", true, new OwnYamlReader(), new OwnYamlWriter());

    private final String id;
    private final String title;
    private final boolean history;
    private final RadarReader reader;
    private final RadarWriter writer;

    Format(String id, String title, boolean history, RadarReader reader, RadarWriter writer) {
        this.id = id;
        this.title = title;
        this.history = history;
        this.reader = reader;
        this.writer = writer;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    /** True when the format holds many editions; false when it holds one. */
    public boolean holdsHistory() {
        return history;
    }

    /** True when the format is a folder rather than one file. */
    public boolean isFolder() {
        return this == AOE;
    }

    public Optional<RadarReader> reader() {
        return Optional.ofNullable(reader);
    }

    public Optional<RadarWriter> writer() {
        return Optional.ofNullable(writer);
    }

    /** The reader for text formats, which also reads from a string (for uploads). */
    public Optional<TextRadarReader> textReader() {
        return reader instanceof TextRadarReader text ? Optional.of(text) : Optional.empty();
    }

    /** The writer for text formats, which also writes to a string (for downloads). */
    public Optional<TextRadarWriter> textWriter() {
        return writer instanceof TextRadarWriter text ? Optional.of(text) : Optional.empty();
    }

    /** The format with this id, ignoring case; the message lists the known ids. */
    public static Format of(String id) {
        for (Format f : values()) if (f.id.equalsIgnoreCase(id == null ? "" : id.trim())) return f;
        throw new IllegalArgumentException("unknown format '" + id + "'; known: "
                + Arrays.stream(values()).map(Format::id).collect(Collectors.joining(", ")));
    }
}
