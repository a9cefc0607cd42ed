package io.mlopsradar.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.cli.Main;
import io.mlopsradar.store.Database;
import io.mlopsradar.store.RadarRepository;
import io.mlopsradar.store.ToolRepository;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-input corpus run through the command line entry point, strict and lenient: a refusal exits 2 with a
 * message naming the file (and the line and field where the input has them), never a class name, and leaves the
 * database as it was; lenient mode skips bad rows, listing each, or refuses what has no good rows at all.
 */
class HostileInputTest {
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(java|javax|org|com|io|picocli)\\.[a-z]+\\.|Exception\\b|\\tat ");
    static Path dir;
    static String url;
    static Database database;

    record Outcome(int code, String out, String err) {
    }

    @BeforeAll
    static void database() throws Exception {
        dir = Files.createTempDirectory("hostile");
        url = Database.defaultUrl(dir.resolve("db"));
        database = Database.open(url);
        assertThat(run("radars", "--db", url).code()).isZero(); // seeds the catalogue once
    }

    @AfterAll
    static void close() {
        database.close();
    }

    static Stream<Arguments> cases() {
        var args = new ArrayList<Arguments>();
        for (HostileFile c : HostileCorpus.all()) {
            args.add(Arguments.of(c, false));
            if (c.lenient() != HostileFile.Lenient.NONE) args.add(Arguments.of(c, true));
        }
        return args.stream();
    }

    @Test
    void theCorpusCoversEveryFormatWithAtLeastAHundredCases() {
        List<HostileFile> all = HostileCorpus.all();
        assertThat(all).hasSizeGreaterThanOrEqualTo(100);
        assertThat(all.stream().map(HostileFile::format).distinct())
                .containsExactlyInAnyOrder("byor-csv", "byor-json", "zalando", "backstage", "aoe", "landscape", "yaml", "profile", "catalogue");
        assertThat(all.stream().map(c -> c.format() + "/" + c.id()).distinct()).hasSameSizeAs(all);
    }

    @ParameterizedTest(name = "{0} lenient={1}")
    @MethodSource("cases")
    void everyHostileInputIsRefusedCleanlyOrSkippedRowByRow(HostileFile c, boolean lenient) throws Exception {
        Path input = c.writeUnder(Files.createDirectories(dir.resolve((lenient ? "lenient-" : "strict-") + c.format())));
        String name = input.getFileName().toString();
        String before = fingerprint();
        Outcome o = run(command(c, input, lenient));
        String said = o.err() + o.out();
        assertThat(CLASS_NAME.matcher(said).find()).as("no class names or stack traces in:%n%s", said).isFalse();
        if (lenient && c.lenient() == HostileFile.Lenient.SKIPS) {
            assertThat(o.code()).as(said).isZero();
            String skipped = o.out().lines().filter(l -> l.startsWith("skipped ")).collect(Collectors.joining("\n"));
            assertThat(skipped).as(said).contains(name).contains(c.expect());
            if (c.line() > 0) assertThat(skipped).containsPattern(Pattern.quote(name) + "(/[^:]*)?:" + c.line() + "\\b");
            return;
        }
        assertThat(o.code()).as(said).isEqualTo(2);
        assertThat(o.err()).as(said).contains(c.expect());
        assertThat(o.err()).as("names the file").contains(input.toString());
        if (c.line() > 0) assertThat(o.err()).as("names the line").containsPattern(Pattern.quote(name) + "(/[^:]*)?:" + c.line() + "\\b");
        if (c.field() != null) assertThat(o.err()).as("names the field").contains(c.field() + "'");
        assertThat(fingerprint()).as("nothing written").isEqualTo(before);
    }

    private static String[] command(HostileFile c, Path input, boolean lenient) {
        var args = new ArrayList<String>();
        switch (c.format()) {
            case "profile" -> args.addAll(List.of("advise", "--profile", input.toString(), "--db", url));
            case "catalogue" -> args.addAll(List.of("catalog", "validate", input.toString()));
            default -> args.addAll(List.of("import", "--format", c.format(), input.toString(), "--db", url));
        }
        if (lenient) args.add("--lenient");
        return args.toArray(String[]::new);
    }

    /** The radars with their editions and blip counts, and the number of tools: what a refused input must not change. */
    static String fingerprint() {
        var radars = new RadarRepository(database.jdbi());
        var sb = new StringBuilder("tools=" + new ToolRepository(database.jdbi()).count());
        for (var radar : radars.all()) {
            sb.append('|').append(radar.name());
            radars.history(radar.name()).orElseThrow().editions()
                    .forEach(e -> sb.append(' ').append(e.date()).append(':').append(e.status()).append(':').append(e.blips().size()));
        }
        return sb.toString();
    }

    static Outcome run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Outcome(code, out.toString(), err.toString());
    }
}
