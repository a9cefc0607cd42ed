package io.mlopsradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RefusalsTest {
    @TempDir
    Path tmp;
    String db;

    @BeforeEach
    void database() {
        db = Database.temporaryUrl("refusals" + UUID.randomUUID().toString().replace("-", ""));
    }

    CliTest.Result run(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--db";
        all[args.length + 1] = db;
        return CliTest.run(all);
    }

    private Path csv(String name, String rows) throws Exception {
        return Files.writeString(tmp.resolve(name), "name,ring,quadrant,isNew,description\n" + rows);
    }

    @Test
    void anEmptyRadarNameIsRefusedWithExitTwo() throws Exception {
        var r = run("import", "--format", "byor-csv", csv("a.csv", "MLflow,adopt,Tools,TRUE,x\n").toString(), "--radar", "");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--radar must name a radar").doesNotContain("Exception");
        var long_ = run("import", "--format", "byor-csv", csv("b.csv", "MLflow,adopt,Tools,TRUE,x\n").toString(), "--radar", "r".repeat(101));
        assertThat(long_.code()).isEqualTo(2);
        assertThat(long_.err()).contains("at most 100");
        assertThat(run("radars", "--format", "json").out()).doesNotContain("\"a\"", "\"b\"");
    }

    @Test
    void reassessingAPublishedDayAgainIsAClearRefusal() {
        assertThat(run("reassess", "--edition", "2026-11-27", "--publish").code()).isZero();
        var again = run("reassess", "--edition", "2026-11-27", "--publish");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("already has a published edition on 2026-11-27").doesNotContain("Exception");
        assertThat(again.err().lines()).hasSize(1);
    }

    @Test
    void controlCharactersInNamesReachTheTerminalEscapedAndExportsStripped() throws Exception {
        String yaml = """
                format: mlops-radar/1
                radar: {name: ansi, title: ANSI, segments: [Tools], rings: [Adopt, Hold]}
                editions:
                  - date: 2024-01-01
                    status: published
                    blips: [{name: "Plain", ring: Adopt, segment: Tools}]
                  - date: 2024-06-01
                    status: published
                    blips:
                      - {name: "Plain", ring: Adopt, segment: Tools}
                      - {key: evil, name: "\\e]0;pwned\\a\\e[31mRed\\u202Eevil", ring: Hold, segment: Tools}
                """;
        Path file = Files.writeString(tmp.resolve("ansi.yaml"), yaml);
        assertThat(run("import", "--format", "yaml", file.toString()).code()).isZero();
        var diff = run("diff", "--radar", "ansi", "2024-01-01", "2024-06-01");
        assertThat(diff.code()).isZero();
        assertThat(diff.out()).doesNotContain("\u001b", "\u0007", "\u202e").contains("]0;pwned\\u0007\\u001B[31mRed\\u202Eevil");
        Path out = tmp.resolve("out.csv");
        assertThat(run("export", "--radar", "ansi", "--format", "byor-csv", "--out", out.toString()).code()).isZero();
        assertThat(Files.readString(out)).doesNotContain("\u001b", "\u0007", "\u202e").contains("]0;pwned[31mRedevil");
    }

    @Test
    void nulInAnyTextIsRefusedWithItsLine() throws Exception {
        var r = run("import", "--format", "byor-csv", csv("nul.csv", "MLflow,adopt,Tools,TRUE,x\nD\u0000VC,adopt,Tools,TRUE,x\n").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("nul.csv:3", "NUL");
    }
}
