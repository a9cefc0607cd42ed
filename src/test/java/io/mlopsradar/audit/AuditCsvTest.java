package io.mlopsradar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuditCsvTest {
    private static AuditEntry entry(long id, String actor, String before, String after) {
        return new AuditEntry(id, OffsetDateTime.parse("2026-11-26T10:00:00Z"), actor, "10.0.0.1", "proposal.create",
                "radar:mlops", before, after);
    }

    @Test
    void fieldsAreQuotedAndFormulasDefused() {
        var e = entry(7, "=HYPERLINK(\"x\")", null, "{\"a\":\"line\nbreak\"}");
        String csv = AuditCsv.write(List.of(e));
        assertThat(csv).startsWith("id,at,actor,address,action,target,before,after\r\n7,2026-11-26T10:00Z,");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"").contains(",,\"{\"\"a\"\":\"\"line\nbreak\"\"}\"\r\n");
    }

    @Test
    void theWholeFileIsPinned() {
        var entries = List.of(
                entry(1, "ada", null, "{\"ring\":\"Adopt\"}"),
                new AuditEntry(22, OffsetDateTime.parse("2026-11-27T08:30:15.250+01:00"), "", null, "radar.import", "radar:a,b",
                        "say \"hi\"\r\nthen go", ""),
                entry(333, "+1 for Ray", "-2", "@cora"));
        assertThat(AuditCsv.write(entries)).isEqualTo("id,at,actor,address,action,target,before,after\r\n"
                + "1,2026-11-26T10:00Z,\"ada\",\"10.0.0.1\",\"proposal.create\",\"radar:mlops\",,\"{\"\"ring\"\":\"\"Adopt\"\"}\"\r\n"
                + "22,2026-11-27T08:30:15.250+01:00,\"\",,\"radar.import\",\"radar:a,b\",\"say \"\"hi\"\"\r\nthen go\",\"\"\r\n"
                + "333,2026-11-26T10:00Z,\"'+1 for Ray\",\"10.0.0.1\",\"proposal.create\",\"radar:mlops\",\"'-2\",\"'@cora\"\r\n");
    }

    @Test
    void noEntriesIsTheHeaderAlone() {
        assertThat(AuditCsv.write(List.of())).isEqualTo("id,at,actor,address,action,target,before,after\r\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"=1+2", "+1", "-1", "@SUM(A1)"})
    void aValueThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText(String formula) {
        String csv = AuditCsv.write(List.of(entry(5, formula, formula, formula)));
        assertThat(csv).contains("\"'" + formula + "\",\"10.0.0.1\"", ",\"'" + formula + "\",\"'" + formula + "\"\r\n");
    }
}
