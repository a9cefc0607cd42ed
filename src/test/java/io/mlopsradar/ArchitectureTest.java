package io.mlopsradar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The domain packages import no web, database or command-line code. */
class ArchitectureTest {
    static final List<String> DOMAIN = List.of("landscape", "catalog", "rings", "editions", "advisor", "render", "formats",
            "pictures", "text", "site", "yaml");
    static final List<String> OUTER = List.of("io.mlopsradar.web", "io.mlopsradar.store", "io.mlopsradar.cli",
            "io.javalin", "org.jdbi", "org.flywaydb", "picocli", "java.sql");

    @Test
    void domainPackagesDependOnNoOuterLayer() throws IOException {
        Path root = Path.of("src/main/java/io/mlopsradar");
        for (String pkg : DOMAIN) {
            Path dir = root.resolve(pkg);
            if (!Files.isDirectory(dir)) continue;
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    List<String> imports = Files.readAllLines(f).stream().filter(l -> l.startsWith("import ")).toList();
                    for (String outer : OUTER) {
                        assertThat(imports).as(f.toString()).noneMatch(l -> l.contains(" " + outer + ".") || l.contains(" static " + outer + "."));
                    }
                }
            }
        }
    }
}
