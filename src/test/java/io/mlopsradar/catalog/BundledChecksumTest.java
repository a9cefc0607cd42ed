package io.mlopsradar.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The checksum that tells a seeded database its bundled catalogue changed covers every file of the catalogue. */
class BundledChecksumTest {

    @Test
    void coversEveryFileOfTheCatalogueFolder() throws IOException {
        // among them every file read into the database: the tools, their included files, the signal snapshots
        // (whose include list is quoted) and the relations
        long bytes;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/catalog"))) {
            bytes = files.mapToLong(f -> f.toFile().length()).sum();
        }
        assertThat(Catalog.bundledChecksum()).startsWith(bytes + "-");
    }

    @Test
    void isTheSameOnEveryCall() {
        assertThat(Catalog.bundledChecksum()).isEqualTo(Catalog.bundledChecksum());
    }
}
