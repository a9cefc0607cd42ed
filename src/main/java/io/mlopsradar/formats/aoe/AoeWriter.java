package io.mlopsradar.formats.aoe;

import io.mlopsradar.text.JsonMappers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.BlipKeys;
import io.mlopsradar.editions.Radar;
import io.mlopsradar.formats.RadarWriter;
import io.mlopsradar.formats.internal.EditionMoves;
import io.mlopsradar.formats.TextFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;

/**
 * Writes an AOE radar folder: config.json naming quadrants and rings, and for every published edition up to the date
 * a release folder holding only the items that are new or changed since the item was last written.
 */
public final class AoeWriter implements RadarWriter {
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).build());
    private static final ObjectMapper JSON = JsonMappers.pretty();

    @Override
    public void write(History history, LocalDate upTo, Path folder) {
        TextFiles.write(folder.resolve("config.json"), config(history.radar()));
        var written = new HashMap<String, Blip>();
        for (Edition edition : EditionMoves.upTo(history, upTo)) {
            Path release = folder.resolve("radar").resolve(edition.date().toString());
            createFolder(release);
            for (Blip blip : edition.blips()) {
                if (blip.equals(written.get(blip.key()))) continue;
                TextFiles.write(release.resolve(blip.key() + ".md"), item(blip));
                written.put(blip.key(), blip);
            }
        }
    }

    /** An item's front matter: its title and the ids of its ring and quadrant. */
    record FrontMatter(String title, String ring, String quadrant) {
    }

    /** config.json: the quadrants and rings, each with the id items name it by and the title shown. */
    record ConfigJson(List<IdAndTitle> quadrants, List<IdAndTitle> rings) {
    }

    /** A quadrant or ring: the slug of its name, and the name. */
    record IdAndTitle(String id, String title) {
        static IdAndTitle of(String name) {
            return new IdAndTitle(BlipKeys.slug(name), name);
        }
    }

    static String item(Blip blip) {
        var front = new FrontMatter(blip.name(), BlipKeys.slug(blip.ring()), BlipKeys.slug(blip.segment()));
        try {
            return "---\n" + YAML.writeValueAsString(front) + "---\n\n" + (blip.note() == null ? "" : blip.note() + "\n");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String config(Radar radar) {
        var config = new ConfigJson(radar.segments().stream().map(IdAndTitle::of).toList(),
                radar.rings().stream().map(IdAndTitle::of).toList());
        try {
            return JSON.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
