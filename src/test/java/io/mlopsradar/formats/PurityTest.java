package io.mlopsradar.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The editions and formats packages stay pure: no storage, web or CLI code. */
class PurityTest {

    @Test
    void editionsAndFormatsImportNoStoreWebOrCliCode() throws IOException {
        for (String pkg : List.of("editions", "formats")) {
            try (Stream<Path> files = Files.walk(Path.of("src/main/java/io/mlopsradar", pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    assertThat(Files.readString(file)).as(file.toString())
                            .doesNotContain("io.mlopsradar.store", "io.mlopsradar.web", "io.mlopsradar.cli", "java.sql", "io.javalin", "picocli");
                }
            }
        }
    }
}
