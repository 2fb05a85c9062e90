-- The digits of the contacts' phone numbers (H2's REGEXP_REPLACE replaces every match). H2 has no trigram
-- indexes; at the embedded database's size a scan answers as one types.
UPDATE contact SET phone_digits = REGEXP_REPLACE(phone, '[^0-9]', '') WHERE phone IS NOT NULL;
