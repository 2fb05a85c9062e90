-- Notes and logged calls on a customer: the activity log, read newest first.

CREATE TABLE customer_activity (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    customer_id BIGINT        NOT NULL REFERENCES customer (id),
    author_id   BIGINT        NOT NULL REFERENCES employee (id),
    kind        VARCHAR(20)   NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    text        VARCHAR(4000) NOT NULL,
    next_step   VARCHAR(500)
);

CREATE INDEX customer_activity_customer_idx ON customer_activity (customer_id, occurred_at DESC);
CREATE INDEX customer_activity_author_idx ON customer_activity (author_id);
