-- The phone client's API (issue 15): signed-in sessions as token families, CAPTCHA challenges handed out by id,
-- and the first result of each idempotent request.

-- One sign-in of a phone client. Its refresh tokens rotate within the family; signing out, changing the password or
-- a refresh token used twice (a stolen copy) revokes the family, and with it every access token that names it.
CREATE TABLE api_token_family (
    id             VARCHAR(36)  NOT NULL PRIMARY KEY,
    account_id     BIGINT       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at     TIMESTAMP WITH TIME ZONE,
    revoked_reason VARCHAR(40),
    CONSTRAINT fk_api_token_family_account FOREIGN KEY (account_id) REFERENCES account (id)
);
CREATE INDEX ix_api_token_family_account ON api_token_family (account_id);

-- A refresh token, kept only as its SHA-256: a copy of this table signs nobody in. Used once, then replaced.
CREATE TABLE api_refresh_token (
    token_hash  VARCHAR(64)  NOT NULL PRIMARY KEY,
    family_id   VARCHAR(36)  NOT NULL,
    issued_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_api_refresh_token_family FOREIGN KEY (family_id) REFERENCES api_token_family (id)
);
CREATE INDEX ix_api_refresh_token_family ON api_refresh_token (family_id);

-- A CAPTCHA picture handed to a client by id (the pages keep theirs in the HTTP session). Answered once.
CREATE TABLE captcha_challenge (
    id         VARCHAR(36) NOT NULL PRIMARY KEY,
    answer     VARCHAR(16) NOT NULL,
    issued_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX ix_captcha_challenge_issued ON captcha_challenge (issued_at);

-- The first result of a request sent with an Idempotency-Key, per caller: the same key again gets the same answer,
-- and nothing is done twice. request_hash tells a replay from a different request reusing the key.
CREATE TABLE idempotent_request (
    caller          VARCHAR(40)  NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    operation       VARCHAR(100) NOT NULL,
    request_hash    VARCHAR(64)  NOT NULL,
    status          INTEGER      NOT NULL,
    body            VARCHAR(20000),
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_idempotent_request PRIMARY KEY (caller, idempotency_key)
);
CREATE INDEX ix_idempotent_request_created ON idempotent_request (created_at);
