package io.mlopsradar.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;

/** Parses JSON into {@link Node}s with line numbers, so JSON input reports problems the same way as YAML. */
public final class JsonFile {
    /** How deep arrays and objects may nest: our formats need fewer than ten levels. */
    static final int MAX_DEPTH = 50;
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength((int) InputText.MAX_BYTES).build())
            .build();

    private JsonFile() {
    }

    public static Node parse(String fileName, String text) {
        text = InputText.check(fileName, text);
        JsonParser parser = null;
        try (JsonParser p = FACTORY.createParser(text)) {
            parser = p;
            if (p.nextToken() == null) throw new InvalidInputException(new Problem(fileName, 1, null, "empty JSON document"));
            Node root = value(fileName, p);
            if (p.nextToken() != null) {
                throw new InvalidInputException(new Problem(fileName, line(p), null, "not valid JSON: text after the end of the document"));
            }
            return root;
        } catch (StreamConstraintsException e) {
            int line = parser == null ? 0 : parser.currentLocation().getLineNr();
            throw new InvalidInputException(new Problem(fileName, line, null, "arrays and objects nest more than "
                    + MAX_DEPTH + " levels deep (or a value is too long)"));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidInputException(new Problem(fileName, line, null, "not valid JSON: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InvalidInputException(new Problem(fileName, 0, null, e.getMessage()));
        }
    }

    private static Node value(String file, JsonParser parser) throws IOException {
        int line = line(parser);
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_ARRAY) {
            var items = new ArrayList<Node>();
            while (parser.nextToken() != JsonToken.END_ARRAY) items.add(value(file, parser));
            return Node.sequence(line, items);
        }
        if (token == JsonToken.START_OBJECT) {
            var fields = new LinkedHashMap<String, Node>();
            var keyLines = new HashMap<String, Integer>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = line(parser);
                if (fields.containsKey(key)) throw new InvalidInputException(new Problem(file, keyLine, key, "key appears twice in one object"));
                parser.nextToken();
                fields.put(key, value(file, parser));
                keyLines.put(key, keyLine);
            }
            return Node.mapping(line, fields, keyLines);
        }
        return Node.scalar(line, token == JsonToken.VALUE_NULL ? null : parser.getText());
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
