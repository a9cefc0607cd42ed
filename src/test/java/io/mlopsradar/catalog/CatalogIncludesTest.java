package io.mlopsradar.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlopsradar.landscape.Framework;
import io.mlopsradar.input.InvalidInputException;
import io.mlopsradar.input.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogIncludesTest {
    final CatalogReader reader = new CatalogReader("tools.yaml", Framework.bundled(), 2026);

    static String tool(String id) {
        return """
                  - id: %1$s
                    name: %1$s
                    homepage: https://%1$s.example.org/
                    license: Apache-2.0
                    delivery: open-source
                    steward: Example
                    first_release: 2020
                    category: experimentation-platforms
                    stages: [track-evaluate]
                    capability: experiment-tracking
                    origin: community
                    community: small
                    description: A test tool.
                """.formatted(id);
    }

    static String file(String header, String... ids) {
        var text = new StringBuilder(header).append("tools:\n");
        for (String id : ids) text.append(tool(id));
        return text.toString();
    }

    List<Tool> parse(String main, Map<String, String> folder) {
        return reader.parse(main, name -> Optional.ofNullable(folder.get(name)), name -> name);
    }

    List<String> problems(String main, Map<String, String> folder) {
        try {
            parse(main, folder);
        } catch (InvalidInputException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected the catalogue to be rejected");
    }

    @Test
    void readsTheIncludedFilesInOrderAfterTheMainFile() {
        var tools = parse(file("include: [b.yaml, a.yaml]\n", "main"),
                Map.of("a.yaml", file("", "from-a"), "b.yaml", file("", "from-b", "also-b")));
        assertThat(tools).extracting(Tool::id).containsExactly("main", "from-b", "also-b", "from-a");
    }

    @Test
    void aDuplicateAcrossFilesNamesBothFiles() {
        assertThat(problems(file("include: [more.yaml]\n", "alpha"), Map.of("more.yaml", file("", "beta", "alpha"))))
                .containsExactly("more.yaml:15: field 'id': 'alpha' is already used by tool 'alpha' in tools.yaml");
    }

    @Test
    void aProblemInAnIncludedFileNamesThatFileAndLine() {
        String broken = file("", "fine") + tool("broken").replace("license: Apache-2.0", "license: not a licence");
        assertThat(problems(file("include: [more.yaml]\n", "main"), Map.of("more.yaml", broken)))
                .containsExactly("more.yaml:18: field 'license': 'not a licence' is not an SPDX id or 'proprietary'");
    }

    @Test
    void onlyBareFileNamesOfTheCatalogueFolderMayBeIncluded() {
        String main = file("include: [../secrets.yaml, /etc/tools.yaml, missing.yaml, notes.txt]\n", "main");
        assertThat(problems(main, Map.of("../secrets.yaml", file("", "x"))))
                .anyMatch(p -> p.startsWith("tools.yaml:1: field 'include[0]': '../secrets.yaml' must be the name of a .yaml file"))
                .anyMatch(p -> p.startsWith("tools.yaml:1: field 'include[1]': '/etc/tools.yaml' must be the name"))
                .contains("tools.yaml:1: field 'include[2]': cannot read 'missing.yaml' beside tools.yaml")
                .anyMatch(p -> p.startsWith("tools.yaml:1: field 'include[3]': 'notes.txt' must be the name"))
                .hasSize(4);
    }

    @Test
    void anIncludedFileMayNotIncludeAnother() {
        assertThat(problems(file("include: [a.yaml]\n", "main"), Map.of("a.yaml", file("include: [b.yaml]\n", "x"), "b.yaml", file("", "y"))))
                .containsExactly("a.yaml:1: field 'include': only the main catalogue file may include others");
    }

    @Test
    void aFileIncludedTwiceIsReported() {
        assertThat(problems(file("include: [a.yaml, a.yaml]\n", "main"), Map.of("a.yaml", file("", "x"))))
                .containsExactly("tools.yaml:1: field 'include[1]': 'a.yaml' is included twice");
    }

    @Test
    void readsIncludedFilesFromTheFolderOnDisk(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("tools.yaml"), file("include: [extra.yaml]\n", "main"));
        Files.writeString(dir.resolve("extra.yaml"), file("", "extra").replace("name: extra", "name: extra\n    colour: red"));
        assertThatThrownBy(() -> reader.parseFile(dir.resolve("tools.yaml")))
                .hasMessage(dir.resolve("extra.yaml") + ":4: field 'colour': unknown field (allowed: "
                        + String.join(", ", CatalogReader.TOOL_KEYS) + ")");
        Files.writeString(dir.resolve("extra.yaml"), file("", "extra"));
        assertThat(new CatalogReader("tools.yaml", Framework.bundled(), 2026).parseFile(dir.resolve("tools.yaml"))).extracting(Tool::id).containsExactly("main", "extra");
    }
}
