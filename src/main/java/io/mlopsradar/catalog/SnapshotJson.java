package io.mlopsradar.catalog;

import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shape of one snapshot, keys as in signals.yaml; fields the source did not state are left out. */
public final class SnapshotJson {
    private SnapshotJson() {
    }

    public static Map<String, Object> of(Snapshot s) {
        var m = new LinkedHashMap<String, Object>();
        m.put("tool", s.tool());
        m.put("as_of", s.asOf().toString());
        m.put("source", s.source());
        put(m, "stars", s.stars());
        put(m, "last_commit", s.lastCommit());
        put(m, "latest_release", s.latestRelease());
        put(m, "archived", s.archived());
        put(m, "created", s.created());
        put(m, "license", s.license());
        put(m, "open_issues", s.openIssues());
        put(m, "contributors", s.contributors());
        put(m, "latest_version", s.latestVersion());
        put(m, "first_release", s.firstRelease());
        put(m, "moved_to", s.movedTo());
        return m;
    }

    private static void put(Map<String, Object> m, String key, Object value) {
        if (value != null) m.put(key, value instanceof Integer || value instanceof Boolean ? value : value.toString());
    }
}
