-- Name search and sorting. H2 has no expression indexes; a plain index serves sorting by name.
CREATE INDEX customer_name_idx ON customer (name);
