package io.mlopsradar.text;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON configuration every layer writes and reads with: dates as ISO text, unknown fields ignored on
 * reading; compact for the API and the database, indented for files and the command line.
 */
public final class JsonMappers {
    private JsonMappers() {
    }

    /** JSON on one line, as the API answers and the database stores it. */
    public static ObjectMapper compact() {
        return Compact.MAPPER;
    }

    /** JSON indented for people, as commands print it and writers save it. */
    public static ObjectMapper pretty() {
        return Pretty.MAPPER;
    }

    /** Each mapper is built on first use (a command that prints a table never needs the indented one). */
    private static final class Compact {
        static final ObjectMapper MAPPER = configured(false);
    }

    private static final class Pretty {
        static final ObjectMapper MAPPER = configured(true);
    }

    private static ObjectMapper configured(boolean indented) {
        return JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .configure(SerializationFeature.INDENT_OUTPUT, indented).build();
    }
}
