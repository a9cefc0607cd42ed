-- Common to SQLite and PostgreSQL. Tables with generated ids live in db/vendor/<engine>.

CREATE TABLE tool (
    id          VARCHAR(100) PRIMARY KEY,
    name        VARCHAR(300) NOT NULL,
    facts       TEXT         NOT NULL,
    version     INTEGER      NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE radar (
    name        VARCHAR(100) PRIMARY KEY,
    title       VARCHAR(300) NOT NULL,
    segments    TEXT         NOT NULL,
    rings       TEXT         NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE app_state (
    state_key   VARCHAR(100) PRIMARY KEY,
    state_value VARCHAR(1000) NOT NULL
);

-- One row; every write transaction adds one (Changes.bump), so caches and ETags keyed on it never go stale.
CREATE TABLE change_counter (
    id          INTEGER PRIMARY KEY,
    changes     BIGINT  NOT NULL
);
INSERT INTO change_counter (id, changes) VALUES (1, 0);
