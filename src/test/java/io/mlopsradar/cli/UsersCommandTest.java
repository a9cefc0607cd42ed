package io.mlopsradar.cli;

import io.mlopsradar.store.AccountRepository;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.store.Database;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class UsersCommandTest {
    private final String db = Database.temporaryUrl("users");

    private CliTest.Result run(String stdin, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        try {
            var out = new StringWriter();
            var err = new StringWriter();
            String[] all = java.util.Arrays.copyOf(args, args.length + 2);
            all[args.length] = "--db";
            all[args.length + 1] = db;
            int code = Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
            return new CliTest.Result(code, out.toString(), err.toString());
        } finally {
            System.setIn(before);
        }
    }

    @Test
    void theFirstAdminIsAddedWithThePasswordFromStandardInput() {
        var added = run("a long enough password\n", "users", "add", "--admin", "ada");
        assertThat(added.code()).as(added.err()).isZero();
        assertThat(added.out()).contains("added site administrator ada");
        assertThat(run("another long password\n", "users", "add", "carl", "--role", "contributor", "--radar", "mlops").code()).isZero();
        var list = run("", "users", "list", "--format", "json");
        assertThat(list.out()).contains("\"name\" : \"ada\"").contains("\"site_admin\" : true").contains("mlops: contributor");
        try (Database d = Database.open(db)) {
            var repo = new AccountRepository(d.jdbi(), java.time.Clock.systemUTC());
            assertThat(repo.authenticate("ada", "a long enough password")).isPresent();
        }
    }

    @Test
    void badInputIsOneLineAndExitCodeTwo() {
        var weak = run("short\n", "users", "add", "ada");
        assertThat(weak.code()).isEqualTo(2);
        assertThat(weak.err().strip()).isEqualTo("error: a password needs at least 10 characters");
        run("a long enough password\n", "users", "add", "ada");
        var taken = run("a long enough password\n", "users", "add", "ADA");
        assertThat(taken.code()).isEqualTo(2);
        assertThat(taken.err()).contains("exists").doesNotContain("Exception");
        assertThat(run("", "users", "disable", "nobody").code()).isEqualTo(2);
        assertThat(run("", "users", "add", "ada", "--password", "x").code()).as("no password option exists").isEqualTo(2);
    }

    @Test
    void disablingResettingAndGranting() {
        run("a long enough password\n", "users", "add", "vera");
        assertThat(run("", "users", "disable", "vera").out()).contains("disabled vera");
        assertThat(run("a new long password\n", "users", "reset", "vera").code()).isZero();
        assertThat(run("", "users", "enable", "vera").code()).isZero();
        assertThat(run("", "users", "grant", "vera", "curator").out()).contains("vera is now curator on every radar");
        assertThat(run("", "users", "grant", "vera", "boss").code()).isEqualTo(2);
        try (Database d = Database.open(db)) {
            var repo = new AccountRepository(d.jdbi(), java.time.Clock.systemUTC());
            assertThat(repo.authenticate("vera", "a new long password")).isPresent();
        }
    }
}
