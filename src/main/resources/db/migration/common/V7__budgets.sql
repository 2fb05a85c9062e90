-- Budgets: one row per subject, year and revision; the twelve monthly targets in budget_month.
-- subject_key names the subject once ("S12" seller, "L5" team leader, "D3" department, "C44" key customer), so a
-- revision number is unique per subject even though the subject columns are nullable.

CREATE TABLE budget (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    kind          VARCHAR(20)  NOT NULL,
    budget_year   INT          NOT NULL,
    subject_key   VARCHAR(30)  NOT NULL,
    employee_id   BIGINT       REFERENCES employee (id),
    department_id BIGINT       REFERENCES department (id),
    customer_id   BIGINT       REFERENCES customer (id),
    revision      INT          NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    reason        VARCHAR(500),
    drafted_by    VARCHAR(200),
    drafted_at    TIMESTAMP WITH TIME ZONE,
    approved_by   VARCHAR(200),
    approved_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT budget_subject_revision_uq UNIQUE (kind, budget_year, subject_key, revision)
);

CREATE INDEX budget_year_employee_idx ON budget (budget_year, employee_id);
CREATE INDEX budget_year_department_idx ON budget (budget_year, department_id);
CREATE INDEX budget_year_customer_idx ON budget (budget_year, customer_id);

CREATE TABLE budget_month (
    budget_id BIGINT         NOT NULL REFERENCES budget (id) ON DELETE CASCADE,
    month_no  INT            NOT NULL,
    portfolio NUMERIC(15, 2) NOT NULL,
    new_sales NUMERIC(15, 2) NOT NULL,
    PRIMARY KEY (budget_id, month_no)
);
