package io.mlopsradar.formats;

import io.mlopsradar.formats.registry.Format;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mlopsradar.editions.Histories;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FormatTest {

    @Test
    void formatsAreFoundByTheirIds() {
        assertThat(Arrays.stream(Format.values()).map(Format::id))
                .containsExactly("byor-csv", "byor-json", "zalando", "backstage", "aoe", "landscape", "yaml");
        assertThat(Format.of("BYOR-CSV")).isEqualTo(Format.BYOR_CSV);
        assertThatThrownBy(() -> Format.of("xml")).hasMessageContaining("unknown format 'xml'").hasMessageContaining("byor-csv, byor-json");
    }

    @Test
    void everyRadarFormatWritesWhatItReads(@TempDir Path dir) {
        var history = Histories.withoutRemovals();
        for (Format format : Format.values()) {
            if (format.writer().isEmpty()) continue;
            Path target = dir.resolve(format.id() + (format.isFolder() ? "" : ".out"));
            format.writer().get().write(history, Histories.OCT, target);
            var doc = format.reader().orElseThrow().read(target, ImportOptions.on(Histories.OCT).withEdition(Histories.OCT).into(Histories.RADAR));
            var last = doc.editions().get(doc.editions().size() - 1);
            assertThat(last.date()).as(format.id()).isEqualTo(Histories.OCT);
            assertThat(last.blips()).as(format.id()).containsExactlyInAnyOrderElementsOf(history.edition(Histories.OCT).blips());
            assertThat(doc.editions()).as(format.id()).hasSize(format.holdsHistory() ? 3 : 1);
        }
    }

    @Test
    void onlyTheLandscapeHasNoRadarReader() {
        assertThat(Format.LANDSCAPE.reader()).isEmpty();
        assertThat(Format.AOE.textReader()).isEmpty();
        assertThat(Format.BYOR_JSON.textWriter()).isPresent();
    }
}
