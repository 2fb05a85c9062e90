-- Manual entries and corrections of a customer's monthly revenue, with the reason; kept as history.

CREATE TABLE revenue_correction (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    version         BIGINT                   NOT NULL DEFAULT 0,
    customer_id     BIGINT                   NOT NULL REFERENCES customer (id),
    revenue_month   DATE                     NOT NULL,
    previous_amount NUMERIC(15, 2),
    new_amount      NUMERIC(15, 2)           NOT NULL,
    reason          VARCHAR(500)             NOT NULL,
    corrected_by    VARCHAR(120)             NOT NULL,
    corrected_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX revenue_correction_customer_idx ON revenue_correction (customer_id, corrected_at);
