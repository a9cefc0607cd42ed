package io.mlopsradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.mlopsradar.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
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
}
