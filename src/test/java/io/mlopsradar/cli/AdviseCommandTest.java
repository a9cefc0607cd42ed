package io.mlopsradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdviseCommandTest {
    static final Path CONSULTANCY = Path.of("examples/consultancy-aws.yaml");

    @Test
    void printsAMarkdownReportByDefault() {
        CliTest.Result r = CliTest.run("advise", "--profile", CONSULTANCY.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("# MLOps advice for Acme Analytics")
                .contains("## 1. Where you stand", "### Diagnosis", "## 2. Recommendations", "## 3. Build or buy",
                        "## 4. Adoption plan by ring", "## 5. Your radar", "## 6. Ruled out by your constraints");
    }

    @Test
    void jsonHasTheDocumentedKeys() throws Exception {
        CliTest.Result r = CliTest.run("advise", "--profile", CONSULTANCY.toString(), "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.fieldNames()).toIterable().contains("organisation", "capability", "radar", "excluded",
                "recommendations", "build_vs_buy", "plan");
        assertThat(json.at("/capability").fieldNames()).toIterable().contains("stack", "coverage", "uncovered", "diagnosis");
        assertThat(json.at("/capability/stack/0").fieldNames()).toIterable().contains("id", "x", "y", "ring");
        assertThat(json.at("/radar/0").fieldNames()).toIterable().contains("id", "name", "ring", "reasons");
        assertThat(json.at("/radar/0/reasons/0").fieldNames()).toIterable().containsExactly("rule", "effect", "text");
        JsonNode option = json.at("/recommendations/0/options/0");
        assertThat(option.fieldNames()).toIterable().containsExactly("id", "name", "capability", "capability_name", "ring", "score", "components", "notes", "why", "trade_off");
        assertThat(json.at("/recommendations/0").fieldNames()).toIterable().contains("stage", "covered_by", "options");
        assertThat(json.at("/build_vs_buy/0").fieldNames()).toIterable().contains("decision", "why", "connectors");
        assertThat(json.at("/plan/0").fieldNames()).toIterable().contains("ring", "actions", "items");
    }

    @Test
    void theSameProfileGivesTheSameJsonEveryTime() {
        String first = CliTest.run("advise", "--profile", CONSULTANCY.toString(), "--format", "json").out();
        assertThat(CliTest.run("advise", "--profile", CONSULTANCY.toString(), "--format", "json").out()).isEqualTo(first);
    }

    @Test
    void writesHtmlAndPdfFiles(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("advice.html");
        Path pdf = dir.resolve("out/advice.pdf");
        assertThat(CliTest.run("advise", "--profile", CONSULTANCY.toString(), "--format", "html", "--out", html.toString()).code()).isZero();
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<style>", "Acme Analytics");
        CliTest.Result r = CliTest.run("advise", "--profile", CONSULTANCY.toString(), "--format", "pdf", "--out", pdf.toString());
        assertThat(r.code()).isZero();
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }

    @Test
    void pdfWithoutOutIsABadInput() {
        CliTest.Result r = CliTest.run("advise", "--profile", CONSULTANCY.toString(), "--format", "pdf");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--format pdf needs --out FILE");
    }

    @Test
    void anUnknownToolInTheProfileExitsWithTwoNamingFileLineFieldAndASuggestion(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("p.yaml");
        Files.writeString(file, "name: Typo Ltd\nstack: [Git, MLFlw]\n");
        CliTest.Result r = CliTest.run("advise", "--profile", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains(file + ":2: field 'stack': unknown tool 'MLFlw'; did you mean: MLflow").doesNotContain("Exception");
    }
}
