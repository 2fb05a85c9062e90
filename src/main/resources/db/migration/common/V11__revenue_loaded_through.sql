-- How far the organisation's revenue is loaded: one row. Months after it are open, never zero.
-- A database that already holds revenue counts as loaded through its newest month.

CREATE TABLE revenue_load (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    loaded_through DATE,
    changed_by     VARCHAR(200),
    changed_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT revenue_load_single_row CHECK (id = 1)
);

INSERT INTO revenue_load (id, loaded_through) SELECT 1, MAX(revenue_month) FROM revenue_entry;
