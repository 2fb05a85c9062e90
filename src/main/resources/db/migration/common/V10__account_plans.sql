-- Key account plans: one per key customer and year, with objectives, whitespace over the offering
-- catalogue, actions, risks and reviews. The stakeholder map lives on the customer's contacts.

ALTER TABLE contact ADD COLUMN reports_to_id BIGINT REFERENCES contact (id) ON DELETE SET NULL;

CREATE TABLE offering (
    id         BIGINT       NOT NULL PRIMARY KEY,
    version    BIGINT       NOT NULL DEFAULT 0,
    name       VARCHAR(200) NOT NULL,
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT offering_name_uq UNIQUE (name)
);

CREATE TABLE account_plan (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    customer_id  BIGINT        NOT NULL REFERENCES customer (id),
    plan_year    INT           NOT NULL,
    business     VARCHAR(4000),
    priorities   VARCHAR(4000),
    our_position VARCHAR(4000),
    competitors  VARCHAR(2000),
    strategy     VARCHAR(4000),
    updated_by   VARCHAR(200),
    updated_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT account_plan_customer_year_uq UNIQUE (customer_id, plan_year)
);

CREATE TABLE plan_objective (
    id           BIGINT        NOT NULL PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    plan_id      BIGINT        NOT NULL REFERENCES account_plan (id) ON DELETE CASCADE,
    description  VARCHAR(500)  NOT NULL,
    target_value NUMERIC(15, 2),
    target_unit  VARCHAR(50),
    due_date     DATE,
    owner_id     BIGINT        REFERENCES employee (id),
    status       VARCHAR(20)   NOT NULL,
    percent_done INT           NOT NULL DEFAULT 0,
    carried_over BOOLEAN       NOT NULL DEFAULT FALSE
);
CREATE INDEX plan_objective_plan_idx ON plan_objective (plan_id);

CREATE TABLE plan_whitespace (
    plan_id     BIGINT         NOT NULL REFERENCES account_plan (id) ON DELETE CASCADE,
    offering_id BIGINT         NOT NULL REFERENCES offering (id),
    state       VARCHAR(20)    NOT NULL,
    potential   NUMERIC(15, 2),
    PRIMARY KEY (plan_id, offering_id)
);

CREATE TABLE plan_action (
    id           BIGINT       NOT NULL PRIMARY KEY,
    version      BIGINT       NOT NULL DEFAULT 0,
    plan_id      BIGINT       NOT NULL REFERENCES account_plan (id) ON DELETE CASCADE,
    description  VARCHAR(500) NOT NULL,
    owner_id     BIGINT       NOT NULL REFERENCES employee (id),
    due_date     DATE         NOT NULL,
    done         BOOLEAN      NOT NULL DEFAULT FALSE,
    carried_over BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE INDEX plan_action_plan_idx ON plan_action (plan_id);
CREATE INDEX plan_action_owner_idx ON plan_action (owner_id, done, due_date);

CREATE TABLE plan_risk (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    plan_id     BIGINT        NOT NULL REFERENCES account_plan (id) ON DELETE CASCADE,
    description VARCHAR(500)  NOT NULL,
    likelihood  INT           NOT NULL,
    impact      INT           NOT NULL,
    mitigation  VARCHAR(1000)
);
CREATE INDEX plan_risk_plan_idx ON plan_risk (plan_id);

CREATE TABLE plan_review (
    id          BIGINT        NOT NULL PRIMARY KEY,
    version     BIGINT        NOT NULL DEFAULT 0,
    plan_id     BIGINT        NOT NULL REFERENCES account_plan (id) ON DELETE CASCADE,
    reviewer_id BIGINT        NOT NULL REFERENCES employee (id),
    reviewed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    verdict     VARCHAR(20)   NOT NULL,
    comment     VARCHAR(2000)
);
CREATE INDEX plan_review_plan_idx ON plan_review (plan_id, reviewed_at);
