package io.mlopsradar.formats.own;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.History;
import io.mlopsradar.editions.Radar;
import io.mlopsradar.formats.TextRadarWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Writes a radar with every edition (drafts too) up to the date, in our own lossless YAML. */
public final class OwnYamlWriter implements TextRadarWriter {
    static final String FORMAT = "mlops-radar/1";
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build());

    @Override
    public String write(History history, LocalDate edition) {
        var doc = new DocumentYaml(FORMAT, RadarYaml.of(history.radar()), history.editions().stream()
                .filter(e -> edition == null || !e.date().isAfter(edition)).map(EditionYaml::of).toList());
        try {
            return YAML.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The whole file: the format's name, the radar's shape and its editions. */
    record DocumentYaml(String format, RadarYaml radar, List<EditionYaml> editions) {
    }

    /** The radar's name, title and the names of its segments and rings, in order. */
    record RadarYaml(String name, String title, List<String> segments, List<String> rings) {
        static RadarYaml of(Radar radar) {
            return new RadarYaml(radar.name(), radar.title(), radar.segments(), radar.rings());
        }
    }

    /** One edition: its date, draft or published, and its blips. */
    record EditionYaml(String date, String status, List<BlipYaml> blips) {
        static EditionYaml of(Edition edition) {
            return new EditionYaml(edition.date().toString(), edition.status().name().toLowerCase(Locale.ROOT),
                    edition.blips().stream().map(BlipYaml::of).toList());
        }
    }

    /** One blip; a blip without a note has no note key. */
    record BlipYaml(String key, String name, String ring, String segment, @JsonInclude(JsonInclude.Include.NON_NULL) String note) {
        static BlipYaml of(Blip blip) {
            return new BlipYaml(blip.key(), blip.name(), blip.ring(), blip.segment(), blip.note());
        }
    }
}
