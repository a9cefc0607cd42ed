-- Single sign-on by OpenID Connect: the accounts linked to a provider's subject, and the sign-ins under way.

-- One row per person at one provider: issuer and subject identify them for good (names and emails may change).
CREATE TABLE oidc_identity (
    issuer          VARCHAR(500) NOT NULL,
    subject         VARCHAR(255) NOT NULL,
    account_id      BIGINT       NOT NULL REFERENCES account (id),
    email           VARCHAR(320),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    last_sign_in_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (issuer, subject)
);

-- A sign-in sent to the provider and not yet back: kept in the database so any instance can finish it, used once,
-- for a few minutes. The state is stored as its SHA-256 digest, and so is the browser's CSRF token it is bound to.
CREATE TABLE oidc_pending_sign_in (
    state_hash    VARCHAR(64)   PRIMARY KEY,
    browser_hash  VARCHAR(64)   NOT NULL,
    nonce         VARCHAR(100)  NOT NULL,
    code_verifier VARCHAR(128)  NOT NULL,
    next_path     VARCHAR(1000) NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
