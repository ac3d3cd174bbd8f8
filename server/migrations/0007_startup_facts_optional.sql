-- A start-up's stage, founding year and team size, its arrival date and the date of its
-- last save may be unknown (NULL): the real start-ups of the seed article gave none, and
-- the portal must not make them up. SQLite cannot drop NOT NULL, so the table is rebuilt
-- (foreign keys are off while migrating: see server/src/db/migrations.rs).
CREATE TABLE startups_rebuilt (
    slug                TEXT PRIMARY KEY,
    name                TEXT NOT NULL,
    pitch_fr            TEXT NOT NULL,
    pitch_en            TEXT NOT NULL,
    description_fr      TEXT NOT NULL,
    description_en      TEXT NOT NULL,
    stage               TEXT,
    founded             INTEGER,
    team_size           TEXT,
    spin_off_lab        TEXT,
    spin_off_institute  TEXT REFERENCES institutes (slug),
    hiring              INTEGER NOT NULL,
    careers_url         TEXT,
    website             TEXT,
    email               TEXT,
    -- An external https logo; an uploaded one lives in `startup_logos` and wins.
    logo_url            TEXT,
    member_since        TEXT,
    updated             TEXT,
    sample              INTEGER NOT NULL,
    -- Bumped by every accepted write; the profile's ETag is derived from it (If-Match).
    version             INTEGER NOT NULL DEFAULT 1,
    CHECK (spin_off_institute IS NULL OR spin_off_lab IS NOT NULL)
);

INSERT INTO startups_rebuilt (slug, name, pitch_fr, pitch_en, description_fr, description_en,
    stage, founded, team_size, spin_off_lab, spin_off_institute, hiring, careers_url, website,
    email, logo_url, member_since, updated, sample, version)
SELECT slug, name, pitch_fr, pitch_en, description_fr, description_en,
    stage, founded, team_size, spin_off_lab, spin_off_institute, hiring, careers_url, website,
    email, logo_url, member_since, updated, sample, version
FROM startups;

DROP TABLE startups;
ALTER TABLE startups_rebuilt RENAME TO startups;

-- The four start-ups of the seed article, as an earlier seed wrote them and never saved
-- since (version 1), carry facts the portal invented: they are forgotten. What a start-up
-- saved stays. A new version, so that a draft based on the old one meets a conflict
-- instead of writing those facts back.
UPDATE startups
SET stage = NULL, founded = NULL, team_size = NULL, hiring = 0, member_since = NULL,
    updated = NULL, version = version + 1
WHERE sample = 0 AND version = 1 AND slug IN ('drdata', 'team-doc', 'posos', 'simforhealth');
