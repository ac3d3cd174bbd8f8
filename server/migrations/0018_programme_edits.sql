-- The campus team creates, edits and archives programmes. `version` counts committed
-- writes (edits name it in `If-Match`, and the catalogue's in-memory index is stamped
-- with their sum); an archived programme leaves the catalogue but keeps its record.
ALTER TABLE programmes ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE programmes ADD COLUMN archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1));
