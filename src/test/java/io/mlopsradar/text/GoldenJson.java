package io.mlopsradar.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Set;

/**
 * Compares a value's JSON, written as the command line writes it, with an expected file among the test resources,
 * whole text against whole text (key order, nulls and number forms included). On a difference the actual text is
 * left under target/golden/ to compare by eye. JSON text that a server or a command answered is compared the same way,
 * with the values of named fields masked.
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

    /**
     * Compares JSON text (an HTTP answer, a command's output) with an expected file as {@link #assertMatches} does,
     * after replacing the values of the {@code masked} fields, wherever they are, by their kind such as
     * {@code "(masked integer)"}: values that differ from run to run (a secret, a duration) or follow the catalogue,
     * whose type is still checked.
     */
    public static void assertAnswer(String json, String resource, String... masked) {
        try {
            assertMatches(masked(JsonMappers.compact().readTree(json), Set.of(masked)), resource);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }

    private static JsonNode masked(JsonNode node, Set<String> names) {
        if (node instanceof ObjectNode object) {
            var fields = new ArrayList<String>();
            object.fieldNames().forEachRemaining(fields::add);
            for (String name : fields) object.set(name, names.contains(name) ? mask(object.get(name)) : masked(object.get(name), names));
        } else if (node.isArray()) {
            for (JsonNode item : node) masked(item, names);
        }
        return node;
    }

    private static JsonNode mask(JsonNode value) {
        if (value.isNull()) return value;
        String kind = value.isIntegralNumber() ? "integer" : value.isNumber() ? "decimal" : value.isTextual() ? "text"
                : value.isBoolean() ? "boolean" : value.isArray() ? "array" : "object";
        return TextNode.valueOf("(masked " + kind + ")");
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
