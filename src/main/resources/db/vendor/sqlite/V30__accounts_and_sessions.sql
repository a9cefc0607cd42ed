-- Local and single-sign-on accounts, their roles per radar, sessions and personal API tokens.
-- Secrets (session ids, API tokens) are stored only as SHA-256 hashes; passwords as Argon2id hashes.

CREATE TABLE account (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          VARCHAR(100) NOT NULL,
    password_hash VARCHAR(300),
    site_admin    BOOLEAN      NOT NULL,
    disabled      BOOLEAN      NOT NULL,
    version       INTEGER      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_name_unique UNIQUE (name)
);

-- radar_name '*' grants the role on every radar.
CREATE TABLE radar_role (
    account_id  BIGINT       NOT NULL REFERENCES account (id),
    radar_name  VARCHAR(100) NOT NULL,
    role        VARCHAR(20)  NOT NULL,
    PRIMARY KEY (account_id, radar_name)
);

CREATE TABLE account_session (
    token_hash  VARCHAR(64)  PRIMARY KEY,
    account_id  BIGINT       NOT NULL REFERENCES account (id),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE api_token (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id  BIGINT       NOT NULL REFERENCES account (id),
    label       VARCHAR(200) NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_hash_unique UNIQUE (token_hash)
);
