-- Calls for applications. Times are Unix seconds (the server shows them in Paris time);
-- a call known only from a source has none. Its status is derived from the clock, except
-- "decided", recorded when its decisions are sent.
CREATE TABLE calls (
    slug            TEXT PRIMARY KEY,
    title_fr        TEXT NOT NULL,
    title_en        TEXT NOT NULL,
    summary_fr      TEXT NOT NULL,
    summary_en      TEXT NOT NULL,
    description_fr  TEXT NOT NULL,
    description_en  TEXT NOT NULL,
    opens_at        INTEGER,
    closes_at       INTEGER,
    places          INTEGER CHECK (places > 0),
    decided_at      INTEGER,
    sample          INTEGER NOT NULL,
    source_by       TEXT,
    as_of           TEXT,
    CHECK ((opens_at IS NULL) = (closes_at IS NULL)),
    CHECK (opens_at < closes_at),
    CHECK ((source_by IS NULL) = (as_of IS NULL))
);

-- Who may apply, one condition per row, in order.
CREATE TABLE call_eligibility (
    call_slug  TEXT NOT NULL REFERENCES calls (slug) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    text_fr    TEXT NOT NULL,
    text_en    TEXT NOT NULL,
    PRIMARY KEY (call_slug, position)
);

-- The steps after closing and their day (Paris, YYYY-MM-DD).
CREATE TABLE call_timeline (
    call_slug  TEXT NOT NULL REFERENCES calls (slug) ON DELETE CASCADE,
    step       TEXT NOT NULL CHECK (step IN ('committee', 'interviews', 'decision', 'arrival')),
    day        TEXT NOT NULL,
    PRIMARY KEY (call_slug, step)
);
