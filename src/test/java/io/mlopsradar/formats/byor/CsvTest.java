package io.mlopsradar.formats.byor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

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
}
