-- Organisation profiles saved on the site (the advisor's profile YAML), versioned for optimistic locking, and the
-- advice each run gave (as the advice's JSON), so that a later run can say what changed since.

CREATE TABLE organisation_profile (
    name        VARCHAR(100) PRIMARY KEY,
    profile     TEXT         NOT NULL,
    version     INTEGER      NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE profile_advice (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    profile_name     VARCHAR(100) NOT NULL REFERENCES organisation_profile (name),
    profile_version  INTEGER      NOT NULL,
    advised_by       VARCHAR(100) NOT NULL,
    advised_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    advice           TEXT         NOT NULL
);

CREATE INDEX profile_advice_by_profile ON profile_advice (profile_name, id);
