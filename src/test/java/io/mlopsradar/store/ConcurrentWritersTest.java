package io.mlopsradar.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentWritersTest {
    private static final int DATABASES = 3;
    private static final int THREADS_EACH = 2;
    private static final int WRITES_EACH = 20;

    @Test
    void writersFromSeveralThreadsAndPoolsOnOneFileAllLandAndNoUpdateIsLost() throws Exception {
        String url = Database.temporaryUrl("writers");
        var databases = new ArrayList<Database>();
        for (int i = 0; i < DATABASES; i++) databases.add(Database.open(url));
        Database first = databases.get(0);
        first.inWriteTransaction(h -> h.execute("INSERT INTO app_state (state_key, state_value) VALUES ('count', '0')"));
        long changesBefore = first.changes();
        ExecutorService pool = Executors.newFixedThreadPool(DATABASES * THREADS_EACH);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Database db : databases) {
                for (int t = 0; t < THREADS_EACH; t++) done.add(pool.submit(() -> incrementTimes(db, WRITES_EACH)));
            }
            for (Future<?> f : done) f.get(); // any exception (a busy or a failed write) fails the test here
        } finally {
            pool.shutdownNow();
        }
        int total = DATABASES * THREADS_EACH * WRITES_EACH;
        String count = first.jdbi().withHandle(h -> h.createQuery("SELECT state_value FROM app_state WHERE state_key = 'count'")
                .mapTo(String.class).one());
        assertThat(Integer.parseInt(count)).as("read-modify-write under one write lock loses nothing").isEqualTo(total);
        assertThat(first.changes()).isEqualTo(changesBefore + total);
        databases.forEach(Database::close);
    }

    /** A read then a write in one transaction: it only adds up if writers never interleave. */
    private static Void incrementTimes(Database db, int times) {
        for (int i = 0; i < times; i++) {
            db.inWriteTransaction(h -> {
                int n = Integer.parseInt(h.createQuery("SELECT state_value FROM app_state WHERE state_key = 'count'")
                        .mapTo(String.class).one());
                Thread.yield();
                return h.createUpdate("UPDATE app_state SET state_value = :v WHERE state_key = 'count'")
                        .bind("v", String.valueOf(n + 1)).execute();
            });
        }
        return null;
    }
}
