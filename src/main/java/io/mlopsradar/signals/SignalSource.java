package io.mlopsradar.signals;

import io.mlopsradar.catalog.Snapshot;
import io.mlopsradar.catalog.Tool;
import java.time.LocalDate;
import java.util.Optional;

/** One outside source of signals (GitHub, PyPI, npm): what it says about a tool today. */
public interface SignalSource {
    /** The name used by {@code --source}. */
    String id();

    /** Today's snapshot of the tool, or empty when this source has nothing to say about it (no repository, no package). */
    Optional<Snapshot> read(Tool tool, LocalDate today) throws SourceException;

    /** A date from an ISO timestamp such as {@code 2026-11-19T08:12:00Z}, or null. */
    static LocalDate day(com.fasterxml.jackson.databind.JsonNode node) {
        if (node == null || node.isNull() || node.asText().length() < 10) return null;
        return LocalDate.parse(node.asText().substring(0, 10));
    }

    /** A base URL without its trailing slash, so paths can be appended to it. */
    static String base(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** The last path segment of a GitHub repository URL: the usual PyPI package name. */
    static Optional<String> repositoryName(Tool tool) {
        return GitHubSource.ownerAndName(tool).map(s -> s.substring(s.indexOf('/') + 1));
    }
}
