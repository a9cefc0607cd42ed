package io.mlopsradar.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads a timestamp column through the engine's registered mapper (SQLite keeps instants as UTC text). */
final class Times {
    private Times() {
    }

    static OffsetDateTime read(ResultSet rs, int column, StatementContext ctx) throws SQLException {
        return ctx.findColumnMapperFor(OffsetDateTime.class).orElseThrow().map(rs, column, ctx);
    }
}
