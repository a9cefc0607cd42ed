package io.mlopsradar.store;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.argument.AbstractArgumentFactory;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.config.ConfigRegistry;

/**
 * Instants on SQLite, which has no timestamp type: written as UTC text of one fixed width (so they sort as they
 * compare) and read back from it. Dates need nothing: the driver writes and reads them as {@code yyyy-MM-dd}.
 */
final class SqliteTimes {
    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private SqliteTimes() {
    }

    static void register(Jdbi jdbi) {
        jdbi.registerArgument(new AbstractArgumentFactory<OffsetDateTime>(Types.VARCHAR) {
            @Override
            protected Argument build(OffsetDateTime value, ConfigRegistry config) {
                return (position, statement, ctx) -> statement.setString(position, UTC.format(value.toInstant()));
            }
        });
        jdbi.registerArgument(new AbstractArgumentFactory<Instant>(Types.VARCHAR) {
            @Override
            protected Argument build(Instant value, ConfigRegistry config) {
                return (position, statement, ctx) -> statement.setString(position, UTC.format(value));
            }
        });
        jdbi.registerColumnMapper(OffsetDateTime.class, (rs, column, ctx) -> {
            Instant read = instant(rs.getString(column));
            return read == null ? null : read.atOffset(ZoneOffset.UTC);
        });
        jdbi.registerColumnMapper(Instant.class, (rs, column, ctx) -> instant(rs.getString(column)));
    }

    static Instant instant(String text) {
        return text == null ? null : OffsetDateTime.parse(text.replace(' ', 'T')).toInstant();
    }
}
