-- Feed tokens are kept only as their SHA-256 fingerprint (hex), so a copy of the database opens no feed.
ALTER TABLE calendar_feed ALTER COLUMN token RENAME TO token_hash;
UPDATE calendar_feed SET token_hash = LOWER(RAWTOHEX(HASH('SHA-256', CAST(token_hash AS VARBINARY))));
