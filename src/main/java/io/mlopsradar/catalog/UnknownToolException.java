package io.mlopsradar.catalog;

import java.util.List;

/** A tool name matched nothing in the catalogue; carries the closest names. */
public class UnknownToolException extends RuntimeException {
    private final String typed;
    private final List<String> suggestions;

    public UnknownToolException(String typed, List<String> suggestions) {
        super("unknown tool '" + typed + "'" + (suggestions.isEmpty() ? "" : "; did you mean: " + String.join(", ", suggestions) + "?"));
        this.typed = typed;
        this.suggestions = List.copyOf(suggestions);
    }

    public String typed() {
        return typed;
    }

    public List<String> suggestions() {
        return suggestions;
    }
}
