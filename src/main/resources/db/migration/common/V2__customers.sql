-- Customers, their ownership periods and contacts.

CREATE TABLE customer (
    id             BIGINT       NOT NULL PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    name           VARCHAR(200) NOT NULL,
    org_number     VARCHAR(30),
    sector         VARCHAR(20)  NOT NULL,
    industry       VARCHAR(100),
    country        VARCHAR(2)   NOT NULL DEFAULT 'NO',
    street         VARCHAR(200),
    postal_code    VARCHAR(20),
    city           VARCHAR(100),
    email          VARCHAR(200),
    phone          VARCHAR(40),
    website        VARCHAR(200),
    status         VARCHAR(20)  NOT NULL,
    tier           VARCHAR(20)  NOT NULL,
    owner_id       BIGINT       NOT NULL REFERENCES employee (id),
    customer_since DATE,
    updated_at     TIMESTAMP WITH TIME ZONE,
    updated_by     VARCHAR(120),
    CONSTRAINT customer_org_number_uq UNIQUE (org_number)
);

CREATE INDEX customer_owner_idx ON customer (owner_id, tier, status);

CREATE TABLE customer_ownership (
    id          BIGINT NOT NULL PRIMARY KEY,
    version     BIGINT NOT NULL DEFAULT 0,
    customer_id BIGINT NOT NULL REFERENCES customer (id),
    owner_id    BIGINT NOT NULL REFERENCES employee (id),
    valid_from  DATE   NOT NULL,
    valid_to    DATE,
    CONSTRAINT customer_ownership_period_ck CHECK (valid_to IS NULL OR valid_to > valid_from)
);

CREATE INDEX customer_ownership_customer_idx ON customer_ownership (customer_id, valid_from);
CREATE INDEX customer_ownership_owner_idx ON customer_ownership (owner_id, valid_from);

CREATE TABLE contact (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    version               BIGINT       NOT NULL DEFAULT 0,
    customer_id           BIGINT       NOT NULL REFERENCES customer (id),
    full_name             VARCHAR(120) NOT NULL,
    title                 VARCHAR(120),
    email                 VARCHAR(200),
    phone                 VARCHAR(40),
    is_primary            BOOLEAN      NOT NULL DEFAULT FALSE,
    buying_role           VARCHAR(20),
    influence             INTEGER CHECK (influence BETWEEN 0 AND 10),
    attitude              VARCHAR(20),
    relationship_owner_id BIGINT REFERENCES employee (id)
);

CREATE INDEX contact_customer_idx ON contact (customer_id);
CREATE INDEX contact_relationship_owner_idx ON contact (relationship_owner_id);
