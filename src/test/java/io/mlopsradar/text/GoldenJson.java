package io.mlopsradar.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares a value's JSON, written as the command line writes it, with an expected file among the test resources,
 * whole text against whole text (key order, nulls and number forms included). On a difference the actual text is
 * left under target/golden/ to compare by eye.
 */
public final class GoldenJson {
    private GoldenJson() {
    }

    public static void assertMatches(Object value, String resource) {
        String actual;
        try {
            actual = JsonMappers.pretty().writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String expected = read(resource);
        if (!actual.equals(expected)) keep(actual, resource);
        assertThat(actual).as("JSON of " + resource).isEqualTo(expected);
    }

    private static String read(String resource) {
        try (InputStream in = GoldenJson.class.getResourceAsStream("/" + resource)) {
            return in == null ? "(no resource " + resource + ")" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void keep(String actual, String resource) {
        try {
            Path file = Path.of("target", "golden", resource);
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
