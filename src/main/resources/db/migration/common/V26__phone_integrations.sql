-- Phone systems that post calls (number, time, duration, recording link) to /api/phone/calls, each with a token of
-- its own (only its SHA-256 fingerprint is kept) that an admin can revoke.

CREATE TABLE phone_integration (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    name          VARCHAR(100) NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    created_by_id BIGINT       NOT NULL REFERENCES employee (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT phone_integration_token_uq UNIQUE (token_hash)
);
