-- Feed tokens are kept only as their SHA-256 fingerprint (hex), so a copy of the database opens no feed.
ALTER TABLE calendar_feed RENAME COLUMN token TO token_hash;
UPDATE calendar_feed SET token_hash = encode(sha256(convert_to(token_hash, 'UTF8')), 'hex');
