package io.mlopsradar.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mlopsradar.editions.HistoryJson;
import io.mlopsradar.store.Database;
import io.mlopsradar.text.JsonMappers;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A command's table shows the same fields, under the same keys and in the same order, as its JSON. */
class TableColumnsTest {

    @Test
    void theEditionSummaryTableIsItsJsonKeyForKeyAndValueForValue() {
        var summary = new HistoryJson.SummaryJson(LocalDate.of(2026, 1, 15), "published", 9, 1, 2, 3, 4, 5);
        Map<?, ?> json = JsonMappers.compact().convertValue(summary, Map.class);
        assertThat(SummaryColumns.ALL.stream().map(RowPrinter.Column::name).toList())
                .containsExactlyElementsOf(json.keySet().stream().map(String::valueOf).toList());
        for (var column : SummaryColumns.ALL) {
            assertThat(RowPrinter.cell(column.value().apply(summary))).as(column.name())
                    .isEqualTo(RowPrinter.cell(json.get(column.name())));
        }
    }

    @Test
    void theTablesOfTheReadCommandsKeepTheirHeadings() {
        String db = Database.temporaryUrl("table-columns");
        assertThat(CliTest.run("radars", "--db", db).out().lines().findFirst().orElseThrow())
                .contains("name", "title", "editions", "latest", "latest_published");
        assertThat(CliTest.run("editions", "--radar", "mlops", "--db", db).out().lines().findFirst().orElseThrow())
                .contains("date", "status", "blips", "new", "moved_in", "moved_out", "removed", "returned");
        for (String[] args : List.of(new String[] {"stages"}, new String[] {"rings"}, new String[] {"categories"})) {
            var r = CliTest.run(args);
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.out().lines().count()).isGreaterThan(3);
        }
    }
}
