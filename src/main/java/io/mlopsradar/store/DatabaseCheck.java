package io.mlopsradar.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Checks a database: the engine's own integrity check (SQLite), the row count of every table, and rows whose
 * parent is gone (blips without their edition, editions without their radar, any broken foreign key on SQLite).
 */
public final class DatabaseCheck {
    private static final Map<String, String> ORPHANS = Map.of(
            "blips without an edition", "SELECT COUNT(*) FROM blip b LEFT JOIN edition e ON e.id = b.edition_id WHERE e.id IS NULL",
            "editions without a radar", "SELECT COUNT(*) FROM edition e LEFT JOIN radar r ON r.name = e.radar_name WHERE r.name IS NULL");

    private DatabaseCheck() {
    }

    /** What a check found; healthy when the integrity check passed and no row is orphaned. */
    public record Report(String engine, List<String> integrityProblems, Map<String, Long> rows, Map<String, Long> orphans) {
        public boolean healthy() {
            return integrityProblems.isEmpty() && orphans.values().stream().allMatch(n -> n == 0);
        }
    }

    public static Report run(Database database) {
        return database.jdbi().withHandle(h -> new Report(database.engine().vendor(), integrity(h, database.engine()),
                rows(h, database.engine()), orphans(h, database.engine())));
    }

    private static List<String> integrity(Handle h, Engine engine) {
        if (engine != Engine.SQLITE) return List.of(); // PostgreSQL checks its pages itself and enforces keys always
        List<String> found = new ArrayList<>(h.createQuery("PRAGMA integrity_check").mapTo(String.class).list());
        found.removeIf("ok"::equalsIgnoreCase);
        return found;
    }

    private static Map<String, Long> rows(Handle h, Engine engine) {
        String tables = engine == Engine.SQLITE
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
                        + " AND table_type = 'BASE TABLE' ORDER BY table_name";
        var rows = new LinkedHashMap<String, Long>();
        for (String table : h.createQuery(tables).mapTo(String.class).list()) {
            rows.put(table, h.createQuery("SELECT COUNT(*) FROM \"" + table.replace("\"", "\"\"") + "\"").mapTo(Long.class).one());
        }
        return rows;
    }

    private static Map<String, Long> orphans(Handle h, Engine engine) {
        var orphans = new LinkedHashMap<String, Long>();
        ORPHANS.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> orphans.put(e.getKey(), h.createQuery(e.getValue()).mapTo(Long.class).one()));
        if (engine == Engine.SQLITE) {
            orphans.put("broken foreign keys, all tables", (long) h.createQuery("PRAGMA foreign_key_check").mapToMap().list().size());
        }
        return orphans;
    }
}
