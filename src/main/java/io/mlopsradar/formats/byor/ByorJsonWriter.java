package io.mlopsradar.formats.byor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mlopsradar.editions.History;
import io.mlopsradar.formats.TextRadarWriter;
import java.time.LocalDate;

/** Writes one edition as a BYOR JSON array. */
public final class ByorJsonWriter implements TextRadarWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String write(History history, LocalDate edition) {
        try {
            return JSON.writeValueAsString(ByorBlips.entries(history, edition));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
