package io.mlopsradar.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.LocalDate;

/** The JSON shape of one snapshot, keys as in signals.yaml; fields the source did not state are left out. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SnapshotJson(String tool, String asOf, String source, Integer stars, String lastCommit, String latestRelease,
                           Boolean archived, String created, String license, Integer openIssues, Integer contributors,
                           String latestVersion, String firstRelease, String movedTo) {

    public static SnapshotJson of(Snapshot s) {
        return new SnapshotJson(s.tool(), day(s.asOf()), s.source(), s.stars(), day(s.lastCommit()), day(s.latestRelease()),
                s.archived(), day(s.created()), s.license(), s.openIssues(), s.contributors(), s.latestVersion(),
                day(s.firstRelease()), s.movedTo());
    }

    private static String day(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
