-- Proposals to add, move or remove a blip on a radar, with comments and one changeable vote per person.

CREATE TABLE proposal (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    radar_name    VARCHAR(100) NOT NULL REFERENCES radar (name),
    kind          VARCHAR(10)  NOT NULL,
    blip_key      VARCHAR(200) NOT NULL,
    blip_name     VARCHAR(300) NOT NULL,
    ring          VARCHAR(100),
    segment       VARCHAR(100),
    rationale     TEXT         NOT NULL,
    author        VARCHAR(100) NOT NULL,
    status        VARCHAR(10)  NOT NULL,
    decision_note TEXT,
    decided_by    VARCHAR(100),
    decided_at    TIMESTAMP WITH TIME ZONE,
    version       INTEGER      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE proposal_comment (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    proposal_id  BIGINT       NOT NULL REFERENCES proposal (id),
    author       VARCHAR(100) NOT NULL,
    body         TEXT         NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE proposal_vote (
    proposal_id  BIGINT       NOT NULL REFERENCES proposal (id),
    voter        VARCHAR(100) NOT NULL,
    vote         INTEGER      NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (proposal_id, voter)
);
