package io.mlopsradar.store;

import io.mlopsradar.audit.Actor;
import java.time.Clock;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Site settings an admin changes at run time, kept in the database so every server instance sees them at once. */
public final class Settings {
    static final String ANONYMOUS_READ = "anonymous_read";
    private final Jdbi jdbi;
    private final Clock clock;

    public Settings(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Whether people who are not signed in may read the radars (on unless an admin turned it off). */
    public boolean anonymousRead() {
        return jdbi.withHandle(h -> h.createQuery("SELECT state_value FROM app_state WHERE state_key = :k")
                .bind("k", ANONYMOUS_READ).mapTo(String.class).findOne().map(Boolean::parseBoolean).orElse(true));
    }

    public void setAnonymousRead(Actor actor, boolean allowed) {
        Changes.inWriteTransaction(jdbi, h -> {
            boolean before = h.createQuery("SELECT state_value FROM app_state WHERE state_key = :k")
                    .bind("k", ANONYMOUS_READ).mapTo(String.class).findOne().map(Boolean::parseBoolean).orElse(true);
            h.createUpdate("DELETE FROM app_state WHERE state_key = :k").bind("k", ANONYMOUS_READ).execute();
            h.createUpdate("INSERT INTO app_state (state_key, state_value) VALUES (:k, :v)")
                    .bind("k", ANONYMOUS_READ).bind("v", Boolean.toString(allowed)).execute();
            AuditLog.append(h, clock, actor, "settings.change", "settings", Map.of(ANONYMOUS_READ, before), Map.of(ANONYMOUS_READ, allowed));
            return null;
        });
    }
}
