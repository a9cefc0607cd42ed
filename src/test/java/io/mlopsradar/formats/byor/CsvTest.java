package io.mlopsradar.formats.byor;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTest {

    @Test
    void recordsKeepTheLineTheyStartOnWhenAQuotedValueSpansLines() {
        List<Csv.Record> records = Csv.parse("name,description\n\"DVC\",\"two\nlines\"\n\nMLflow,\"say \"\"hi\"\"\"\r\n");
        assertThat(records).extracting(Csv.Record::line).containsExactly(1, 2, 5);
        assertThat(records.get(1).values()).containsExactly("DVC", "two\nlines");
        assertThat(records.get(2).values()).containsExactly("MLflow", "say \"hi\"");
    }

    @Test
    void aQuoteTheFileNeverClosesIsReportedOnTheLineItOpens() {
        List<Csv.Record> records = Csv.parse("name,description\nMLflow,ok\nDVC,\"Versions da\nta and more");
        assertThat(records.get(records.size() - 1).openQuote()).isEqualTo(3);
        assertThat(records.get(records.size() - 1).line()).isEqualTo(3);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void aValueIsQuotedOnlyWhenItHoldsACommaAQuoteOrALineBreakAndReadsBackTheSame(long seed) {
        var columns = CsvSchema.builder().addColumn("value").addColumn("next").build();
        String alphabet = "ab ,\"\n\r#=-@é\t'";
        var random = new Random(seed);
        for (int i = 0; i < 200; i++) {
            var value = new StringBuilder();
            for (int n = random.nextInt(9); n > 0; n--) value.append(alphabet.charAt(random.nextInt(alphabet.length())));
            String v = value.toString();
            boolean quoted = v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r");
            String written = Csv.write(columns, List.of(List.of(v, "x")));
            assertThat(written).as("%s", v).isEqualTo("value,next\n" + (quoted ? '"' + v.replace("\"", "\"\"") + '"' : v) + ",x\n");
            assertThat(Csv.parse(written).get(1).values()).as("%s", v).containsExactly(v, "x");
        }
    }
}
