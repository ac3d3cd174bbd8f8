-- The start-up directory. Vocabularies (sector, stage, team size, network) are stored as codes.
CREATE TABLE startups (
    slug                TEXT PRIMARY KEY,
    name                TEXT NOT NULL,
    pitch_fr            TEXT NOT NULL,
    pitch_en            TEXT NOT NULL,
    description_fr      TEXT NOT NULL,
    description_en      TEXT NOT NULL,
    stage               TEXT NOT NULL,
    founded             INTEGER NOT NULL,
    team_size           TEXT NOT NULL,
    spin_off_lab        TEXT,
    spin_off_institute  TEXT REFERENCES institutes (slug),
    hiring              INTEGER NOT NULL,
    careers_url         TEXT,
    website             TEXT,
    email               TEXT,
    -- An external https logo; an uploaded one lives in `startup_logos` and wins.
    logo_url            TEXT,
    member_since        TEXT NOT NULL,
    updated             TEXT NOT NULL,
    sample              INTEGER NOT NULL,
    CHECK (spin_off_institute IS NULL OR spin_off_lab IS NOT NULL)
);

-- Sectors and poles, one row per value; `position` keeps the start-up's order.
CREATE TABLE startup_values (
    startup_slug  TEXT NOT NULL REFERENCES startups (slug) ON DELETE CASCADE,
    field         TEXT NOT NULL CHECK (field IN ('sector', 'pole')),
    position      INTEGER NOT NULL,
    value         TEXT NOT NULL,
    PRIMARY KEY (startup_slug, field, position)
);
CREATE INDEX startup_values_by_field ON startup_values (field, value);

CREATE TABLE startup_social (
    startup_slug  TEXT NOT NULL REFERENCES startups (slug) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    network       TEXT NOT NULL,
    url           TEXT NOT NULL,
    PRIMARY KEY (startup_slug, position)
);

-- Uploaded logos: only raster types, recognised from their bytes before storing.
CREATE TABLE startup_logos (
    startup_slug  TEXT PRIMARY KEY REFERENCES startups (slug) ON DELETE CASCADE,
    content_type  TEXT NOT NULL CHECK (content_type IN ('image/png', 'image/jpeg', 'image/webp')),
    bytes         BLOB NOT NULL,
    -- Changes with the bytes: part of the logo's address, so it can be cached for good.
    version       TEXT NOT NULL
);
