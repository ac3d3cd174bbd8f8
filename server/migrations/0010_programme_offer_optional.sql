-- A programme's fees note and its address to apply at may be absent (NULL): a sample
-- programme makes no offer that could pass for a real one, and a real programme may not
-- have published them yet. SQLite cannot drop NOT NULL, so the table is rebuilt (foreign
-- keys are off while migrating: see server/src/db/migrations.rs).
CREATE TABLE programmes_rebuilt (
    slug                TEXT PRIMARY KEY,
    title_fr            TEXT NOT NULL,
    title_en            TEXT NOT NULL,
    summary_fr          TEXT NOT NULL,
    summary_en          TEXT NOT NULL,
    level               TEXT NOT NULL,
    institution_slug    TEXT NOT NULL REFERENCES institutions (slug),
    format              TEXT NOT NULL,
    ects                INTEGER,
    duration_months     INTEGER NOT NULL,
    application_opens   TEXT,
    application_closes  TEXT,
    updated             TEXT NOT NULL,
    sample              INTEGER NOT NULL,
    fees_eur            INTEGER,
    fees_note_fr        TEXT,
    fees_note_en        TEXT,
    capacity            INTEGER,
    objectives_fr       TEXT NOT NULL,
    objectives_en       TEXT NOT NULL,
    prerequisites_fr    TEXT NOT NULL,
    prerequisites_en    TEXT NOT NULL,
    admission_fr        TEXT NOT NULL,
    admission_en        TEXT NOT NULL,
    careers_fr          TEXT NOT NULL,
    careers_en          TEXT NOT NULL,
    contact_email       TEXT NOT NULL,
    url                 TEXT,
    CHECK ((application_opens IS NULL) = (application_closes IS NULL)),
    CHECK ((fees_note_fr IS NULL) = (fees_note_en IS NULL))
);

INSERT INTO programmes_rebuilt
SELECT slug, title_fr, title_en, summary_fr, summary_en, level, institution_slug, format, ects,
    duration_months, application_opens, application_closes, updated, sample, fees_eur,
    fees_note_fr, fees_note_en, capacity, objectives_fr, objectives_en, prerequisites_fr,
    prerequisites_en, admission_fr, admission_en, careers_fr, careers_en, contact_email, url
FROM programmes;

DROP TABLE programmes;
ALTER TABLE programmes_rebuilt RENAME TO programmes;

-- The sample programmes an earlier seed loaded were "offered" by real bodies, with fees,
-- places and an address to apply at. They are dropped, with the institutions only they
-- named, and the part is marked as not loaded: a server asked for samples loads the
-- current ones, whose providers are fictional. The rows of `programme_values` go by hand,
-- since foreign keys (and so their cascade) are off while migrating.
DELETE FROM programme_values
WHERE programme_slug IN (SELECT slug FROM programmes WHERE sample = 1);
DELETE FROM programmes WHERE sample = 1;
DELETE FROM institutions WHERE slug NOT IN (SELECT institution_slug FROM programmes);
DELETE FROM seeded WHERE part = 'sample-programmes';
