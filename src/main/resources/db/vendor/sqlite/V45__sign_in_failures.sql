-- Failed sign-ins, kept in the database so that every server instance counts the same failures. The key is the
-- SHA-256 digest of "name:" + the lower-cased name typed, or "address:" + the client's address: never the name itself.

CREATE TABLE sign_in_failure (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    key_hash    VARCHAR(64) NOT NULL,
    failed_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX sign_in_failure_key ON sign_in_failure (key_hash, failed_at);
