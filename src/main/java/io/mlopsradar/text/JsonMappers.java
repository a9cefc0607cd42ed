package io.mlopsradar.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * A JSON array of strings (as the database keeps a radar's segment and ring names), read with the streaming
     * parser alone: a command that needs no other JSON then never builds a mapper.
     */
    public static List<String> strings(String json) {
        try (JsonParser parser = Streaming.FACTORY.createParser(json)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) throw new IllegalArgumentException("not a JSON array: " + json);
            var out = new ArrayList<String>();
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token != JsonToken.VALUE_STRING) throw new IllegalArgumentException("not a JSON array of strings: " + json);
                out.add(parser.getText());
            }
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException("not a JSON array of strings: " + json, e);
        }
    }

    private static final class Streaming {
        static final JsonFactory FACTORY = new JsonFactory();
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
