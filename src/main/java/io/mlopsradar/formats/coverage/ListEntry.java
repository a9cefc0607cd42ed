package io.mlopsradar.formats.coverage;

/** One tool a public list names: its name and, when the list gives them, its homepage and repository. */
public record ListEntry(String name, String homepage, String repository, String file, int line) {
}
