-- Accepting an application: the start-up's profile is created from it, unpublished until
-- the campus team publishes it, and its founders are invited to the start-up space by a
-- single-use link that expires in 7 days.

-- Every profile so far is public.
ALTER TABLE startups ADD COLUMN published INTEGER NOT NULL DEFAULT 1 CHECK (published IN (0, 1));

-- The profile an accepted application became.
ALTER TABLE applications ADD COLUMN startup_slug TEXT REFERENCES startups (slug) ON DELETE SET NULL;

CREATE TABLE invitations (
    -- SHA-256 of the link's secret.
    token_hash    TEXT PRIMARY KEY,
    email         TEXT NOT NULL,
    startup_slug  TEXT NOT NULL REFERENCES startups (slug) ON DELETE CASCADE,
    invited_by    TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    expires_at    INTEGER NOT NULL,
    used_at       INTEGER
);
CREATE INDEX invitations_by_startup ON invitations (startup_slug);
