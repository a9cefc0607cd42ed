package io.mlopsradar.catalog;

import java.time.LocalDate;

/**
 * What one source said about a tool on one day: the signals that change by themselves. Every field but the tool,
 * the day and the source may be unknown (null).
 */
public record Snapshot(String tool, LocalDate asOf, String source, Integer stars, LocalDate lastCommit,
                       LocalDate latestRelease, Boolean archived, LocalDate created, String license, Integer openIssues,
                       Integer contributors, String latestVersion, LocalDate firstRelease, String movedTo) {

    public Snapshot {
        if (tool == null || asOf == null || source == null) throw new IllegalArgumentException("a snapshot needs its tool, date and source");
    }

    /** A snapshot of a star count alone, as the yearly lists record them. */
    public static Snapshot stars(String tool, LocalDate asOf, String source, int stars) {
        return new Snapshot(tool, asOf, source, stars, null, null, null, null, null, null, null, null, null, null);
    }

    /** The later of the last commit and the latest release: the last sign of life this snapshot shows. */
    public LocalDate lastActivity() {
        if (lastCommit == null) return latestRelease;
        if (latestRelease == null) return lastCommit;
        return lastCommit.isAfter(latestRelease) ? lastCommit : latestRelease;
    }

    public Provenance provenance() {
        return new Provenance(source, asOf);
    }
}
