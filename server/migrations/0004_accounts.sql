-- The start-up space: member accounts, sessions, and the history of every profile change.

-- Bumped by every accepted write; the profile's ETag is derived from it (If-Match).
ALTER TABLE startups ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

CREATE TABLE accounts (
    id             INTEGER PRIMARY KEY,
    email          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    -- argon2id, PHC string format (salt and parameters included).
    password_hash  TEXT NOT NULL,
    startup_slug   TEXT NOT NULL REFERENCES startups (slug) ON DELETE CASCADE,
    created        TEXT NOT NULL
);

CREATE TABLE sessions (
    -- SHA-256 of the cookie value: a stolen database does not hold usable sessions.
    token_hash   TEXT PRIMARY KEY,
    account_id   INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    csrf_token   TEXT NOT NULL,
    expires_at   INTEGER NOT NULL,
    created_at   INTEGER NOT NULL
);
CREATE INDEX sessions_by_account ON sessions (account_id);

-- Append-only: who changed what, when; the full profile after the change is kept, so any
-- version can be read back.
CREATE TABLE startup_history (
    id            INTEGER PRIMARY KEY,
    startup_slug  TEXT NOT NULL REFERENCES startups (slug) ON DELETE CASCADE,
    account_id    INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    account_email TEXT NOT NULL,
    at            TEXT NOT NULL,
    version       INTEGER NOT NULL,
    changed       TEXT NOT NULL,   -- JSON array of changed field names
    profile       TEXT NOT NULL,   -- JSON of the whole profile after the change
    UNIQUE (startup_slug, version)
);
