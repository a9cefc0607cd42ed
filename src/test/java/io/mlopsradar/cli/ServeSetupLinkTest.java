package io.mlopsradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeSetupLinkTest {
    @TempDir
    Path dir;

    @Test
    void serveOnADatabaseWithoutAnAdminPrintsAOneTimeSetupLinkThatOpens() throws Exception {
        Process serve = ChildRadar.start(dir, "serve", "--port", "0", "--host", "127.0.0.1", "--db", "jdbc:sqlite:" + dir.resolve("radar.db"));
        try {
            Matcher link = null;
            for (int i = 0; i < 600 && link == null; i++) {
                Thread.sleep(200);
                String out = Files.exists(dir.resolve("out.txt")) ? Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8) : "";
                Matcher m = Pattern.compile("(http://localhost:\\d+/setup/[A-Za-z0-9_-]+)").matcher(out);
                if (m.find()) link = m;
                assertThat(serve.isAlive()).as(out).isTrue();
            }
            assertThat(link).as("serve printed a setup link").isNotNull();
            var answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(link.group(1))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("id=\"setup-form\"");
        } finally {
            serve.destroy();
            serve.waitFor();
        }
    }
}
