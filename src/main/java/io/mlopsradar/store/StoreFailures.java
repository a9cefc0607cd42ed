package io.mlopsradar.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns engine errors that a user can act on (busy, damaged file) into the store's own exceptions. */
public final class StoreFailures {
    private StoreFailures() {
    }

    /** A busy or damaged database as the store's own exception; any other exception as it is. */
    public static RuntimeException translate(RuntimeException e) {
        SQLiteErrorCode code = sqliteCode(e);
        if (code == SQLiteErrorCode.SQLITE_BUSY || code == SQLiteErrorCode.SQLITE_LOCKED) return new DatabaseBusyException();
        if (code == SQLiteErrorCode.SQLITE_CORRUPT || code == SQLiteErrorCode.SQLITE_NOTADB) {
            return new DatabaseUnusableException("the database file is damaged; run `radar db check` for details and restore a backup");
        }
        return e;
    }

    /** What went wrong opening a database, as one sentence; the exception itself when it is none of ours. */
    static RuntimeException atOpen(RuntimeException e, String where) {
        SQLiteErrorCode code = sqliteCode(e);
        if (code == null) return translate(e);
        return switch (code) {
            case SQLITE_NOTADB -> new DatabaseUnusableException("the database file " + where + " is not a radar database"
                    + " (or its header is damaged); point --db at another file or restore a backup");
            case SQLITE_CORRUPT -> new DatabaseUnusableException("the database file " + where + " is damaged; run"
                    + " `radar db check` for details and restore a backup");
            case SQLITE_CANTOPEN, SQLITE_PERM, SQLITE_READONLY -> new DatabaseUnusableException("cannot open the database file "
                    + where + " for writing; check that its folder exists and is writable");
            case SQLITE_BUSY, SQLITE_LOCKED -> new DatabaseBusyException();
            default -> e;
        };
    }

    private static SQLiteErrorCode sqliteCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException s) return primary(s.getResultCode());
            if (t instanceof SQLException s && s.getMessage() != null && s.getMessage().startsWith("[SQLITE_")) {
                String name = s.getMessage().substring(1, s.getMessage().indexOf(']'));
                try {
                    return primary(SQLiteErrorCode.valueOf(name));
                } catch (IllegalArgumentException ignored) {
                    return null;
                }
            }
        }
        return null;
    }

    private static SQLiteErrorCode primary(SQLiteErrorCode code) {
        return code == null ? null : SQLiteErrorCode.getErrorCode(code.code & 0xff);
    }
}
