package io.mlopsradar.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/** Large cached bodies are sent gzip-compressed to clients that accept it, and plain to the others, with one ETag. */
class CompressedAnswersTest {

    @Test
    void aLargeBodyIsTheSameGzippedOrPlainAndKeepsItsEtag() {
        ServedData site = TestSite.create();
        var http = HttpClient.newHttpClient();
        JavalinTest.test(WebApp.create(site), (server, client) -> {
            for (String path : new String[] {"/api/v1/tools", "/radar", "/radar.svg"}) {
                URI uri = URI.create("http://localhost:" + server.port() + path);
                var plain = http.send(HttpRequest.newBuilder(uri).GET().build(), BodyHandlers.ofByteArray());
                var zipped = http.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").GET().build(),
                        BodyHandlers.ofByteArray());
                var again = http.send(HttpRequest.newBuilder(uri).header("Accept-Encoding", "gzip").GET().build(),
                        BodyHandlers.ofByteArray());
                assertThat(plain.body().length).as(path).isGreaterThan(Etag.LARGE);
                assertThat(plain.headers().firstValue("Content-Encoding")).as(path).isEmpty();
                assertThat(zipped.headers().firstValue("Content-Encoding")).as(path).contains("gzip");
                assertThat(zipped.body().length).as(path).isLessThan(plain.body().length / 3);
                try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
                    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(path)
                            .isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
                }
                assertThat(zipped.headers().firstValue("ETag")).as(path).isEqualTo(plain.headers().firstValue("ETag"));
                assertThat(again.body()).as(path).isEqualTo(zipped.body());
            }
        });
        site.database().close();
    }
}
