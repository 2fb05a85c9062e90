-- Name search and sorting. Search is "name contains, case-insensitive" (lower(name) LIKE '%text%'),
-- which a trigram index serves; pg_trgm is a trusted extension a database owner may create.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX customer_name_idx ON customer (name);
CREATE INDEX customer_name_trgm_idx ON customer USING gin (lower(name) gin_trgm_ops);
