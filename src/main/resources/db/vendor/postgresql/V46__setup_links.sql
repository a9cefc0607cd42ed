-- One-time links printed by `serve` while no site administrator exists: the first admin chooses a name and password
-- there. Only the SHA-256 digest of the link's secret is kept; a link expires, and using one removes them all.

CREATE TABLE setup_token (
    token_hash  VARCHAR(64)  PRIMARY KEY,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
