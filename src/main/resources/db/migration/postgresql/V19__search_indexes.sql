-- The digits of the contacts' phone numbers, and trigram indexes for "contains" search as one types
-- (lower(x) LIKE '%text%'), on every field the global search reads. pg_trgm was created by V3.
UPDATE contact SET phone_digits = regexp_replace(phone, '[^0-9]', '', 'g') WHERE phone IS NOT NULL;
CREATE INDEX customer_org_number_trgm_idx ON customer USING gin (org_number gin_trgm_ops);
CREATE INDEX contact_name_trgm_idx ON contact USING gin (lower(full_name) gin_trgm_ops);
CREATE INDEX contact_email_trgm_idx ON contact USING gin (lower(email) gin_trgm_ops);
CREATE INDEX contact_phone_trgm_idx ON contact USING gin (phone_digits gin_trgm_ops);
CREATE INDEX employee_name_trgm_idx ON employee USING gin (lower(full_name) gin_trgm_ops);
CREATE INDEX visit_purpose_trgm_idx ON visit USING gin (lower(purpose) gin_trgm_ops);
CREATE INDEX deal_title_trgm_idx ON deal USING gin (lower(title) gin_trgm_ops);
