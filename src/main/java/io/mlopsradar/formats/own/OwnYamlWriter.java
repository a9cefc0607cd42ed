package io.mlopsradar.formats.own;

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
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Writes a radar with every edition (drafts too) up to the date, in our own lossless YAML. */
public final class OwnYamlWriter implements TextRadarWriter {
    static final String FORMAT = "mlops-radar/1";
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .build());

    @Override
    public String write(History history, LocalDate edition) {
        var doc = new LinkedHashMap<String, Object>();
        doc.put("format", FORMAT);
        doc.put("radar", radar(history.radar()));
        doc.put("editions", history.editions().stream()
                .filter(e -> edition == null || !e.date().isAfter(edition)).map(OwnYamlWriter::edition).toList());
        try {
            return YAML.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Object> radar(Radar radar) {
        var out = new LinkedHashMap<String, Object>();
        out.put("name", radar.name());
        out.put("title", radar.title());
        out.put("segments", radar.segments());
        out.put("rings", radar.rings());
        return out;
    }

    private static Map<String, Object> edition(Edition edition) {
        var out = new LinkedHashMap<String, Object>();
        out.put("date", edition.date().toString());
        out.put("status", edition.status().name().toLowerCase(Locale.ROOT));
        out.put("blips", edition.blips().stream().map(OwnYamlWriter::blip).toList());
        return out;
    }

    private static Map<String, Object> blip(Blip blip) {
        var out = new LinkedHashMap<String, Object>();
        out.put("key", blip.key());
        out.put("name", blip.name());
        out.put("ring", blip.ring());
        out.put("segment", blip.segment());
        if (blip.note() != null) out.put("note", blip.note());
        return out;
    }
}
