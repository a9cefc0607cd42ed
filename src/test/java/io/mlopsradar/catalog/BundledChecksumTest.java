package io.mlopsradar.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checksum that tells a seeded database its bundled catalogue changed covers every file the catalogue reads. */
class BundledChecksumTest {

    @Test
    void coversTheToolSignalAndRelationFilesIncludingTheQuotedIncludes() throws IOException {
        // every file read into the database: the tools, the signal snapshots (whose include list is quoted) and relations
        long bytes = 0;
        for (String name : List.of("tools.yaml", "tools-llm.yaml", "tools-classic.yaml", "tools-components.yaml",
                "signals.yaml", "signals-best-of-ml-python.yaml", "signals-lfai-landscape.yaml", "relations.yaml")) {
            try (InputStream in = getClass().getResourceAsStream("/catalog/" + name)) {
                assertThat(in).as(name).isNotNull();
                bytes += in.readAllBytes().length;
            }
        }
        assertThat(Catalog.bundledChecksum()).startsWith(bytes + "-");
    }

    @Test
    void isTheSameOnEveryCall() {
        assertThat(Catalog.bundledChecksum()).isEqualTo(Catalog.bundledChecksum());
    }
}
