-- Stand selling (decision 025): a stand is a place and days where a team sells, worked by some of its people; a lead
-- is a person met there, with consent to be contacted (its text and time kept), its own record until it is qualified
-- into a prospect customer with a contact (or attached to an existing one). Leads are routed by the stand team's
-- rules — by postcode or by the sector of a customer already known, else round robin over the department's account
-- managers or to a call list — and shown to the team leader when nobody has contacted them within 48 hours.
-- A lead saved twice with the same key (made in the browser) is one lead.

CREATE TABLE stand (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    team_id       BIGINT       NOT NULL REFERENCES team (id),
    place         VARCHAR(200) NOT NULL,
    starts_on     DATE         NOT NULL,
    ends_on       DATE         NOT NULL,
    created_by_id BIGINT       NOT NULL REFERENCES employee (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT stand_period_ck CHECK (ends_on >= starts_on)
);
CREATE INDEX stand_team_idx ON stand (team_id, starts_on);

CREATE TABLE stand_seller (
    stand_id    BIGINT NOT NULL REFERENCES stand (id) ON DELETE CASCADE,
    employee_id BIGINT NOT NULL REFERENCES employee (id),
    PRIMARY KEY (stand_id, employee_id)
);
CREATE INDEX stand_seller_employee_idx ON stand_seller (employee_id);

CREATE TABLE stand_lead (
    id               BIGINT        NOT NULL PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    stand_id         BIGINT        NOT NULL REFERENCES stand (id),
    taken_by_id      BIGINT        NOT NULL REFERENCES employee (id),
    taken_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    client_key       VARCHAR(64)   NOT NULL,
    person_name      VARCHAR(120)  NOT NULL,
    company          VARCHAR(200),
    org_number       VARCHAR(30),
    phone            VARCHAR(40),
    phone_digits     VARCHAR(40),
    email            VARCHAR(200),
    postal_code      VARCHAR(20),
    interest         VARCHAR(500),
    consent_text     VARCHAR(1000) NOT NULL,
    consent_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    state            VARCHAR(20)   NOT NULL,
    routed_to_id     BIGINT        REFERENCES employee (id),
    call_list_id     BIGINT        REFERENCES call_list (id) ON DELETE SET NULL,
    contacted_at     TIMESTAMP WITH TIME ZONE,
    closed_at        TIMESTAMP WITH TIME ZONE,
    close_reason     VARCHAR(500),
    customer_id      BIGINT        REFERENCES customer (id),
    contact_id       BIGINT        REFERENCES contact (id) ON DELETE SET NULL,
    CONSTRAINT stand_lead_client_key_uq UNIQUE (client_key),
    CONSTRAINT stand_lead_state_ck CHECK (state IN ('NEW', 'CONTACTED', 'QUALIFIED', 'CLOSED')),
    CONSTRAINT stand_lead_reach_ck CHECK (phone IS NOT NULL OR email IS NOT NULL)
);
CREATE INDEX stand_lead_stand_idx ON stand_lead (stand_id, taken_at);
CREATE INDEX stand_lead_routed_idx ON stand_lead (routed_to_id, state);
CREATE INDEX stand_lead_call_list_idx ON stand_lead (call_list_id, state);
CREATE INDEX stand_lead_state_idx ON stand_lead (state, taken_at);

CREATE TABLE lead_routing (
    team_id        BIGINT      NOT NULL PRIMARY KEY REFERENCES team (id) ON DELETE CASCADE,
    version        BIGINT      NOT NULL DEFAULT 0,
    fallback       VARCHAR(20) NOT NULL,
    call_list_id   BIGINT      REFERENCES call_list (id) ON DELETE SET NULL,
    last_seller_id BIGINT      REFERENCES employee (id) ON DELETE SET NULL,
    CONSTRAINT lead_routing_fallback_ck CHECK (fallback IN ('ROUND_ROBIN', 'CALL_LIST'))
);

CREATE TABLE lead_rule (
    id          BIGINT      NOT NULL PRIMARY KEY,
    version     BIGINT      NOT NULL DEFAULT 0,
    team_id     BIGINT      NOT NULL REFERENCES team (id) ON DELETE CASCADE,
    position    INT         NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    match_value VARCHAR(20) NOT NULL,
    seller_id   BIGINT      NOT NULL REFERENCES employee (id),
    CONSTRAINT lead_rule_kind_ck CHECK (kind IN ('POSTCODE', 'SECTOR'))
);
CREATE INDEX lead_rule_team_idx ON lead_rule (team_id, position);
