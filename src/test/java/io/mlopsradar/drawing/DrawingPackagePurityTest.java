package io.mlopsradar.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class DrawingPackagePurityTest {

    @Test
    void drawingImportsNoProjectPackageButTextNorWebDatabaseOrCliCode() throws IOException {
        List<String> forbidden = List.of("import io.mlopsradar.", "import io.javalin", "import org.jdbi",
                "import picocli", "import java.sql", "import gg.jte");
        try (Stream<Path> files = Files.list(Path.of("src/main/java/io/mlopsradar/drawing"))) {
            for (Path file : files.toList()) {
                String source = Files.readString(file).replace("import io.mlopsradar.text.", "");
                forbidden.forEach(f -> assertThat(source).as(file.toString()).doesNotContain(f));
            }
        }
    }
}
