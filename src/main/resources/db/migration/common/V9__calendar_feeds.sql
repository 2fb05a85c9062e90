-- A private, revocable iCalendar feed per employee; the token is the only credential.

CREATE TABLE calendar_feed (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    employee_id BIGINT       NOT NULL REFERENCES employee (id),
    token       VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT calendar_feed_employee_uq UNIQUE (employee_id),
    CONSTRAINT calendar_feed_token_uq UNIQUE (token)
);
