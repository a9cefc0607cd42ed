-- Dated snapshots of each tool's signals (a history per tool), and the ETags of outside API responses.

CREATE TABLE signal_snapshot (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    tool_id         VARCHAR(100)  NOT NULL REFERENCES tool (id) ON DELETE CASCADE,
    as_of           DATE          NOT NULL,
    source          VARCHAR(500)  NOT NULL,
    stars           INTEGER,
    last_commit     DATE,
    latest_release  DATE,
    archived        BOOLEAN,
    created         DATE,
    license         VARCHAR(100),
    open_issues     INTEGER,
    contributors    INTEGER,
    latest_version  VARCHAR(100),
    first_release   DATE,
    moved_to        VARCHAR(500),
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT snapshot_once_per_source_and_day UNIQUE (tool_id, as_of, source)
);

CREATE INDEX signal_snapshot_by_tool ON signal_snapshot (tool_id, as_of);

CREATE TABLE http_cache (
    url         VARCHAR(1000) PRIMARY KEY,
    etag        VARCHAR(500)  NOT NULL,
    body        TEXT          NOT NULL,
    fetched_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
