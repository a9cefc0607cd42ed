package io.mlopsradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlopsradar.formats.Fixtures;
import io.mlopsradar.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PinnedClockTest {
    private static final Path CONSULTANCY = Path.of("examples/consultancy-aws.yaml");

    private static String adviseOn(LocalDate day) {
        var out = new StringWriter();
        Clock clock = Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        String[] args = {"advise", "--profile", CONSULTANCY.toString(), "--format", "json",
                "--db", Database.temporaryUrl("clock" + System.nanoTime())};
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), clock);
        assertThat(code).isZero();
        return out.toString();
    }

    @Test
    void theAdviceReportIsDatedByTheClockTheCommandLineIsGiven() throws Exception {
        var json = new ObjectMapper();
        assertThat(json.readTree(adviseOn(LocalDate.of(2031, 3, 4))).get("year").asInt()).isEqualTo(2031);
        assertThat(json.readTree(adviseOn(LocalDate.of(2027, 6, 1))).get("year").asInt()).isEqualTo(2027);
    }

    @Test
    void rowsTheCommandLineWritesAreStampedByTheClockItIsGiven() throws Exception {
        Instant pinned = Instant.parse("2031-03-04T05:06:07Z");
        String db = Database.temporaryUrl("clock" + System.nanoTime());
        var out = new StringWriter();
        var err = new StringWriter();
        String[] args = {"import", "--format", "landscape", Fixtures.path("landscape/landscape2.yml").toString(),
                "--format", "json", "--db", db};
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), Clock.fixed(pinned, ZoneOffset.UTC));
        assertThat(code).as(err.toString()).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("added").asInt()).as("tools the import added").isPositive();
        try (Database database = Database.open(db)) {
            List<Instant> stamps = database.jdbi().withHandle(h -> h.createQuery("SELECT updated_at FROM tool")
                    .mapTo(OffsetDateTime.class).map(OffsetDateTime::toInstant).list());
            assertThat(stamps).as("seeded and imported tools").isNotEmpty().containsOnly(pinned);
        }
    }
}
