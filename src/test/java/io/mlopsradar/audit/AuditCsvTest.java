package io.mlopsradar.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditCsvTest {
    @Test
    void fieldsAreQuotedAndFormulasDefused() {
        var e = new AuditEntry(7, OffsetDateTime.parse("2026-11-26T10:00:00Z"), "=HYPERLINK(\"x\")", "10.0.0.1", "proposal.create",
                "radar:mlops", null, "{\"a\":\"line\nbreak\"}");
        String csv = AuditCsv.write(List.of(e));
        assertThat(csv).startsWith("id,at,actor,address,action,target,before,after\r\n7,2026-11-26T10:00Z,");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"").contains(",,\"{\"\"a\"\":\"\"line\nbreak\"\"}\"\r\n");
    }
}
