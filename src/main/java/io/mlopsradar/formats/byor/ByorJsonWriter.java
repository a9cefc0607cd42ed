package io.mlopsradar.formats.byor;

import io.mlopsradar.text.JsonMappers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlopsradar.editions.History;
import io.mlopsradar.formats.TextRadarWriter;
import java.time.LocalDate;

/** Writes one edition as a BYOR JSON array. */
public final class ByorJsonWriter implements TextRadarWriter {
    private static final ObjectMapper JSON = JsonMappers.pretty();

    @Override
    public String write(History history, LocalDate edition) {
        try {
            return JSON.writeValueAsString(ByorBlips.entries(history, edition));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
