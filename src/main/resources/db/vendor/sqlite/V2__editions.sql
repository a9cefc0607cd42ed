-- SQLite's generated ids: an INTEGER PRIMARY KEY is the row id; AUTOINCREMENT never hands out a deleted id again.
CREATE TABLE edition (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    radar_name   VARCHAR(100) NOT NULL REFERENCES radar (name) ON DELETE CASCADE,
    edition_date DATE         NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    version      INTEGER      NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT edition_once_a_day UNIQUE (radar_name, edition_date)
);
