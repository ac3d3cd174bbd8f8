-- The training catalogue. Vocabularies (level, domain, mode...) are stored as their codes.
CREATE TABLE institutions (
    slug  TEXT PRIMARY KEY,
    name  TEXT NOT NULL
);

CREATE TABLE programmes (
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
    fees_note_fr        TEXT NOT NULL,
    fees_note_en        TEXT NOT NULL,
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
    url                 TEXT NOT NULL,
    CHECK ((application_opens IS NULL) = (application_closes IS NULL))
);

-- Multi-valued fields, one row per value; `position` keeps the editorial order.
CREATE TABLE programme_values (
    programme_slug  TEXT NOT NULL REFERENCES programmes (slug) ON DELETE CASCADE,
    field           TEXT NOT NULL CHECK (field IN ('domain', 'mode', 'language', 'pole', 'start')),
    position        INTEGER NOT NULL,
    value           TEXT NOT NULL,
    PRIMARY KEY (programme_slug, field, position)
);
CREATE INDEX programme_values_by_field ON programme_values (field, value);
