package io.mlopsradar.web;

import org.junit.jupiter.api.extension.ExtendWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

@ExtendWith(TestSite.ClosesDatabases.class)
class HttpAnswersTest {

    private static void withApp(java.util.function.Consumer<Javalin> test) {
        JavalinTest.test(WebApp.create(TestSite.create()), (server, client) -> test.accept(server));
    }

    private static void assertSecurityHeaders(RawHttp.Answer a) {
        assertThat(a.header("Content-Security-Policy")).as("CSP on %s", a.code()).isEqualTo(WebApp.CSP);
        assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(a.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void badUrisAnsweredByJettyCarryTheSecurityHeaders() {
        withApp(app -> {
            for (String target : new String[] {"/tools/%00", "/tools/%ff", "/%2e%2e/%2e%2e/etc/passwd", "/a/../../x"}) {
                RawHttp.Answer a = RawHttp.get(app.port(), target);
                assertThat(a.code()).as(target).isBetween(400, 499);
                assertSecurityHeaders(a);
            }
            RawHttp.Answer longUri = RawHttp.get(app.port(), "/tools?q=" + "a".repeat(20_000));
            assertThat(longUri.code()).isEqualTo(414);
            assertSecurityHeaders(longUri);
            RawHttp.Answer bigHeader = RawHttp.send(app.port(), "GET", "/", Map.of("X-Big", "b".repeat(20_000)), null);
            assertThat(bigHeader.code()).isEqualTo(431);
            assertSecurityHeaders(bigHeader);
        });
    }

    @Test
    void unknownRoutesAnswerProblemJsonUnderApiAndAPageElsewhere() {
        withApp(app -> {
            RawHttp.Answer api = RawHttp.get(app.port(), "/api/v1/nothing-here");
            assertThat(api.code()).isEqualTo(404);
            assertThat(api.header("Content-Type")).startsWith("application/problem+json");
            assertThat(api.body()).contains("\"status\":404");
            RawHttp.Answer page = RawHttp.get(app.port(), "/nothing-here");
            assertThat(page.code()).isEqualTo(404);
            assertThat(page.header("Content-Type")).startsWith("text/html");
            assertSecurityHeaders(page);
        });
    }

    @Test
    void aWrongMethodAnswers405WithTheRoutesMethods() {
        withApp(app -> {
            RawHttp.Answer a = RawHttp.send(app.port(), "DELETE", "/api/v1/rings", Map.of(), null);
            assertThat(a.code()).isEqualTo(405);
            assertThat(a.header("Allow")).contains("GET", "HEAD", "OPTIONS").doesNotContain("DELETE");
            assertThat(a.header("Content-Type")).startsWith("application/problem+json");
            RawHttp.Answer page = RawHttp.send(app.port(), "PUT", "/advice", Map.of(), new byte[0]);
            assertThat(page.code()).isEqualTo(405);
            assertThat(page.header("Allow")).contains("GET", "POST");
        });
    }

    @Test
    void optionsAnswers204WithAllow() {
        withApp(app -> {
            RawHttp.Answer a = RawHttp.send(app.port(), "OPTIONS", "/api/v1/advice", Map.of(), null);
            assertThat(a.code()).isEqualTo(204);
            assertThat(a.header("Allow")).contains("POST", "OPTIONS");
            assertThat(RawHttp.send(app.port(), "OPTIONS", "/api/v1/none", Map.of(), null).code()).isEqualTo(404);
        });
    }

    @Test
    void adviceRefusesBinaryUtf16AndBombsWith4xxProblems() {
        withApp(app -> {
            byte[] binary = new byte[600];
            new java.util.Random(7).nextBytes(binary);
            byte[] utf16 = AdvisorWebTest.PROFILE.getBytes(StandardCharsets.UTF_16);
            String bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n".repeat(1)
                    + java.util.stream.IntStream.range(0, 60).mapToObj(i -> "c" + i + ": &c" + i + " [*b, *b]\n").reduce("", String::concat);
            for (byte[] body : new byte[][] {binary, utf16, bomb.getBytes(StandardCharsets.UTF_8)}) {
                RawHttp.Answer a = RawHttp.send(app.port(), "POST", "/api/v1/advice", Map.of("Content-Type", "application/yaml"), body);
                assertThat(a.code()).isEqualTo(400);
                assertThat(a.header("Content-Type")).startsWith("application/problem+json");
            }
            RawHttp.Answer png = RawHttp.send(app.port(), "POST", "/api/v1/advice", Map.of("Content-Type", "image/png"), binary);
            assertThat(png.code()).isEqualTo(415);
            RawHttp.Answer big = RawHttp.send(app.port(), "POST", "/api/v1/advice", Map.of("Content-Type", "application/yaml"),
                    ("# " + "x".repeat(100) + "\n").repeat(1000).getBytes(StandardCharsets.UTF_8));
            assertThat(big.code()).isEqualTo(413);
        });
    }

    @Test
    void theAdviceFormRefusesMalformedMultipartAndLargeForms() {
        withApp(app -> {
            RawHttp.Answer broken = RawHttp.send(app.port(), "POST", "/advice",
                    Map.of("Content-Type", "multipart/form-data; boundary=XYZ"), "--XYZ\r\nContent-Disp".getBytes(StandardCharsets.UTF_8));
            assertThat(broken.code()).isEqualTo(400);
            assertThat(broken.header("Content-Type")).startsWith("text/html");
            byte[] large = ("profile=" + "y".repeat(210 * 1024)).getBytes(StandardCharsets.UTF_8);
            RawHttp.Answer big = RawHttp.send(app.port(), "POST", "/advice",
                    Map.of("Content-Type", "application/x-www-form-urlencoded"), large);
            assertThat(big.code()).isEqualTo(413);
        });
    }
}
