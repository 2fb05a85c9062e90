-- Monthly revenue actuals per customer. A month is stored as its first day.

CREATE TABLE revenue_entry (
    id          BIGINT         NOT NULL PRIMARY KEY,
    version     BIGINT         NOT NULL DEFAULT 0,
    customer_id BIGINT         NOT NULL REFERENCES customer (id),
    revenue_month DATE         NOT NULL,
    amount      NUMERIC(15, 2) NOT NULL,
    CONSTRAINT revenue_entry_customer_month_uq UNIQUE (customer_id, revenue_month)
);

-- Rollups read a period of months across many customers.
CREATE INDEX revenue_entry_month_idx ON revenue_entry (revenue_month, customer_id);
