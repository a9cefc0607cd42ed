package io.mlopsradar.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * Compares the JSON text that a server or a command answered with a fixture under {@code src/test/resources/golden}: keys, their order, nesting, nulls and the
 * formatting of numbers and dates must all be the same (whitespace aside). Values that differ from run to run (a
 * secret, a duration, a count that follows the catalogue) are named and replaced by their kind, such as
 * {@code "(masked integer)"}, so that their type is still checked.
 * Run with {@code -Dgolden.write=true} to write the fixtures from the code instead (then read them before committing).
 */
public final class GoldenAnswers {
    private static final Path FOLDER = Path.of("src/test/resources/golden");

    private GoldenAnswers() {
    }

    /** Asserts that {@code actual} is the JSON of the fixture, ignoring the values of the {@code masked} fields. */
    public static void assertMatches(String fixture, String actual, String... masked) {
        Path file = FOLDER.resolve(fixture);
        try {
            JsonNode tree = masked(JsonMappers.compact().readTree(actual), Set.of(masked));
            if (Boolean.getBoolean("golden.write")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, JsonMappers.pretty().writeValueAsString(tree) + "\n");
            }
            JsonNode expected = JsonMappers.compact().readTree(Files.readString(file));
            assertThat(JsonMappers.compact().writeValueAsString(tree)).as(fixture)
                    .isEqualTo(JsonMappers.compact().writeValueAsString(expected));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode mask(JsonNode value) {
        if (value.isNull()) return value;
        String kind = value.isIntegralNumber() ? "integer" : value.isNumber() ? "decimal" : value.isTextual() ? "text"
                : value.isBoolean() ? "boolean" : value.isArray() ? "array" : "object";
        return TextNode.valueOf("(masked " + kind + ")");
    }

    private static JsonNode masked(JsonNode node, Set<String> names) {
        if (node instanceof ObjectNode object) {
            var fields = new java.util.ArrayList<String>();
            object.fieldNames().forEachRemaining(fields::add);
            for (String name : fields) object.set(name, names.contains(name) ? mask(object.get(name)) : masked(object.get(name), names));
        } else if (node.isArray()) {
            for (JsonNode item : node) masked(item, names);
        }
        return node;
    }
}
