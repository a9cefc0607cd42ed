package io.mlopsradar.store;

import io.mlopsradar.input.ClassPathFolder;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;

/**
 * Tells, without starting Flyway, whether a database already holds every migration the jar brings: Flyway's
 * start-up costs a few hundred milliseconds and, on SQLite, a write transaction that would queue behind another
 * process's import even when there is nothing to migrate.
 */
final class MigrationIndex {
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]*\\.sql");

    private MigrationIndex() {
    }

    static boolean current(Jdbi jdbi, Engine engine) {
        Set<String> bundled = versions("db/migration");
        bundled.addAll(versions("db/vendor/" + engine.vendor()));
        try {
            Set<String> applied = jdbi.withHandle(h -> new TreeSet<>(h.createQuery(
                    "SELECT version FROM flyway_schema_history WHERE success = TRUE AND version IS NOT NULL")
                    .mapTo(String.class).list()));
            return !bundled.isEmpty() && applied.equals(bundled);
        } catch (RuntimeException noHistoryYet) {
            return false;
        }
    }

    /** The versions of the migration files in a class-path folder, as Flyway writes them (1.1 for V1_1). */
    static Set<String> versions(String folder) {
        var out = new TreeSet<String>();
        ClassPathFolder.entries(folder).keySet().forEach(name -> add(out, name));
        return out;
    }

    private static void add(Set<String> out, String name) {
        Matcher m = VERSIONED.matcher(name);
        if (m.matches()) out.add(m.group(1).replace('_', '.'));
    }
}
