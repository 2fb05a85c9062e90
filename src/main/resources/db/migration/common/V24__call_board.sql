-- The telesales team board: daily activity targets per seller of a team, and the revocable address of the board
-- for a wall screen (only the SHA-256 fingerprint of its token is kept, like the calendar feed's).

CREATE TABLE call_target (
    team_id       BIGINT       NOT NULL PRIMARY KEY REFERENCES team (id) ON DELETE CASCADE,
    version       BIGINT       NOT NULL DEFAULT 0,
    calls         INT          NOT NULL,
    conversations INT          NOT NULL,
    meetings      INT          NOT NULL,
    orders        INT          NOT NULL,
    updated_by    VARCHAR(120),
    updated_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT call_target_ck CHECK (calls BETWEEN 0 AND 1000 AND conversations BETWEEN 0 AND 1000
        AND meetings BETWEEN 0 AND 100 AND orders BETWEEN 0 AND 100)
);

CREATE TABLE board_address (
    id            BIGINT      NOT NULL PRIMARY KEY,
    version       BIGINT      NOT NULL DEFAULT 0,
    team_id       BIGINT      NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    token_hash    VARCHAR(64) NOT NULL,
    created_by_id BIGINT      NOT NULL REFERENCES employee (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT board_address_team_uq UNIQUE (team_id),
    CONSTRAINT board_address_token_uq UNIQUE (token_hash)
);
