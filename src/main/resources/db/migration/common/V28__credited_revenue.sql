-- Revenue credited to sellers, summed per seller and month (decision 027): what the attainment reports read instead
-- of joining every revenue month with the ownership periods on each request. Kept current in the transaction that
-- changes revenue, ownership or when a customer was won; filled on start-up when empty and revenue exists.
CREATE TABLE credited_revenue (
    owner_id      BIGINT         NOT NULL REFERENCES employee (id),
    revenue_month DATE           NOT NULL,
    portfolio     NUMERIC(17, 2) NOT NULL,
    new_sales     NUMERIC(17, 2) NOT NULL,
    PRIMARY KEY (owner_id, revenue_month)
);

CREATE INDEX credited_revenue_month_idx ON credited_revenue (revenue_month);
