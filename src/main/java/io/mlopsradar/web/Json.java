package io.mlopsradar.web;

import io.mlopsradar.text.JsonMappers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON for the API, with dates as ISO text. */
final class Json {
    static final ObjectMapper MAPPER = JsonMappers.compact();

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
