-- The new-sales pipeline (decision 020): deal stages kept by admins, and deals at customers and prospects.
-- A deal's close month is stored as the first day of that month; a growth deal may come from an offering of the
-- customer's account plan (its whitespace).

CREATE TABLE deal_stage (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL DEFAULT 0,
    name        VARCHAR(60)  NOT NULL,
    code        VARCHAR(30),
    outcome     VARCHAR(10)  NOT NULL,
    probability INT          NOT NULL,
    position    INT          NOT NULL,
    active      BOOLEAN      NOT NULL DEFAULT TRUE,
    CONSTRAINT deal_stage_code_uq UNIQUE (code),
    CONSTRAINT deal_stage_probability_ck CHECK (probability BETWEEN 0 AND 100),
    CONSTRAINT deal_stage_outcome_ck CHECK (outcome IN ('OPEN', 'WON', 'LOST'))
);

INSERT INTO deal_stage (id, name, code, outcome, probability, position)
VALUES (nextval('entity_seq'), 'Qualified', 'QUALIFIED', 'OPEN', 10, 1),
       (nextval('entity_seq'), 'Needs analysis', 'NEEDS_ANALYSIS', 'OPEN', 25, 2),
       (nextval('entity_seq'), 'Proposal', 'PROPOSAL', 'OPEN', 50, 3),
       (nextval('entity_seq'), 'Negotiation', 'NEGOTIATION', 'OPEN', 75, 4),
       (nextval('entity_seq'), 'Won', 'WON', 'WON', 100, 5),
       (nextval('entity_seq'), 'Lost', 'LOST', 'LOST', 0, 6);

CREATE TABLE deal (
    id                BIGINT         NOT NULL PRIMARY KEY,
    version           BIGINT         NOT NULL DEFAULT 0,
    customer_id       BIGINT         NOT NULL REFERENCES customer (id),
    owner_id          BIGINT         NOT NULL REFERENCES employee (id),
    title             VARCHAR(200)   NOT NULL,
    kind              VARCHAR(20)    NOT NULL,
    yearly_value      NUMERIC(14, 2) NOT NULL,
    one_off_value     NUMERIC(14, 2) NOT NULL DEFAULT 0,
    stage_id          BIGINT         NOT NULL REFERENCES deal_stage (id),
    probability       INT            NOT NULL,
    close_month       DATE           NOT NULL,
    next_step         VARCHAR(300),
    next_step_due     DATE,
    competitor        VARCHAR(200),
    offering_id       BIGINT         REFERENCES offering (id),
    close_reason      VARCHAR(500),
    opened_on         DATE           NOT NULL,
    stage_since       DATE           NOT NULL,
    closed_on         DATE,
    close_month_slips INT            NOT NULL DEFAULT 0,
    last_activity_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by        VARCHAR(200),
    updated_at        TIMESTAMP WITH TIME ZONE,
    CONSTRAINT deal_kind_ck CHECK (kind IN ('NEW_CUSTOMER', 'GROWTH')),
    CONSTRAINT deal_values_ck CHECK (yearly_value >= 0 AND one_off_value >= 0),
    CONSTRAINT deal_probability_ck CHECK (probability BETWEEN 0 AND 100)
);

CREATE INDEX deal_owner_idx ON deal (owner_id, stage_id, close_month);
CREATE INDEX deal_customer_idx ON deal (customer_id);
CREATE INDEX deal_stage_idx ON deal (stage_id, close_month);
CREATE INDEX deal_close_month_idx ON deal (close_month);
CREATE INDEX deal_activity_idx ON deal (last_activity_at);
CREATE INDEX deal_offering_idx ON deal (customer_id, offering_id);

CREATE TABLE deal_stage_aud (
    id                       BIGINT NOT NULL,
    rev                      BIGINT NOT NULL,
    revtype                  SMALLINT,
    name                     VARCHAR,
    code                     VARCHAR,
    outcome                  VARCHAR(40),
    probability              INTEGER,
    position                 INTEGER,
    active                   BOOLEAN,
    PRIMARY KEY (id, rev),
    CONSTRAINT deal_stage_aud_rev_fk FOREIGN KEY (rev) REFERENCES change_revision (id)
);

CREATE TABLE deal_aud (
    id                       BIGINT NOT NULL,
    rev                      BIGINT NOT NULL,
    revtype                  SMALLINT,
    customer_id              BIGINT,
    owner_id                 BIGINT,
    title                    VARCHAR,
    kind                     VARCHAR(40),
    yearly_value             NUMERIC(14, 2),
    one_off_value            NUMERIC(14, 2),
    stage_id                 BIGINT,
    probability              INTEGER,
    close_month              DATE,
    next_step                VARCHAR,
    next_step_due            DATE,
    competitor               VARCHAR,
    offering_id              BIGINT,
    close_reason             VARCHAR,
    closed_on                DATE,
    PRIMARY KEY (id, rev),
    CONSTRAINT deal_aud_rev_fk FOREIGN KEY (rev) REFERENCES change_revision (id)
);

CREATE INDEX deal_aud_rev_idx ON deal_aud (rev);
CREATE INDEX deal_stage_aud_rev_idx ON deal_stage_aud (rev);
