-- The append-only audit trail: one row per write; the application never updates or deletes a row.

CREATE TABLE audit_entry (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    address       VARCHAR(100) NOT NULL,
    action        VARCHAR(100) NOT NULL,
    target        VARCHAR(300) NOT NULL,
    before_state  TEXT,
    after_state   TEXT
);

CREATE INDEX audit_entry_at ON audit_entry (at);
