package io.mlopsradar.formats;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.editions.Blip;
import io.mlopsradar.editions.Edition;
import io.mlopsradar.editions.Histories;
import io.mlopsradar.editions.History;
import io.mlopsradar.formats.registry.Format;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every writer writes is read by other tools, so it is pinned byte for byte: each format's files for one
 * history match the files under {@code formats/golden/<format id>}. A difference is a change of the file contract.
 */
class WrittenFilesTest {

    /** Five editions, the last with names and notes that need quoting in CSV and YAML, a link and non-ASCII text. */
    static History history() {
        History five = Histories.fiveEditions();
        var editions = new ArrayList<>(five.editions().subList(0, five.editions().size() - 1));
        var last = new ArrayList<>(five.edition(Histories.NEXT_JAN).blips());
        last.add(new Blip("feast", "Feast, the feature store", "Trial", "Cloud Platforms", "https://feast.dev/"));
        last.add(new Blip("ray", "Ray", "Assess", "Cloud Platforms", "=SUM(A1) - @here: \"quoted\" #not-a-comment"));
        last.add(new Blip("zenml", "ZenML", "Hold", "Standard SWE Tools", "Ünïcode, naïve café ✓\n\nA second paragraph: with a colon.\n"));
        last.add(new Blip("hashtags", "#hashtags", "Adopt", "Cloud Platforms", "  indented, and 'single' quotes"));
        editions.add(Edition.published(Histories.NEXT_JAN, last));
        return new History(five.radar(), editions);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = Format.class, names = "LANDSCAPE", mode = EnumSource.Mode.EXCLUDE)
    void theWriterWritesTheGoldenFilesExactly(Format format, @TempDir Path dir) {
        Path out = dir.resolve(format.id());
        format.writer().orElseThrow().write(history(), Histories.NEXT_JAN, format.isFolder() ? out : out.resolve(fileName(format)));
        Map<String, String> written = texts(out);
        Map<String, String> golden = texts(Fixtures.path("golden/" + format.id()));
        assertThat(written.keySet()).isEqualTo(golden.keySet());
        written.forEach((name, text) -> assertThat(text).as(name).isEqualTo(golden.get(name)));
    }

    static String fileName(Format format) {
        return switch (format) {
            case BYOR_CSV -> "radar.csv";
            case YAML -> "radar.yaml";
            default -> "radar.json";
        };
    }

    private static Map<String, String> texts(Path root) {
        var out = new TreeMap<String, String>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString().replace('\\', '/'), Files.readString(f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
