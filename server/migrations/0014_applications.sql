-- Applications to the calls. The form is the applicant's JSON (model::calls::ApplicationForm),
-- checked by the model's rules on every save; `version` orders the saves (If-Match). An
-- application is reached only through its links, whose secrets are stored hashed.
CREATE TABLE applications (
    id            INTEGER PRIMARY KEY,
    call_slug     TEXT NOT NULL REFERENCES calls (slug),
    email         TEXT NOT NULL,
    lang          TEXT NOT NULL CHECK (lang IN ('fr', 'en')),
    state         TEXT NOT NULL CHECK (state IN ('draft', 'submitted', 'under-review',
                      'shortlisted', 'accepted', 'declined', 'withdrawn')),
    form          TEXT NOT NULL DEFAULT '{}',
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    submitted_at  INTEGER,
    decided_at    INTEGER,
    UNIQUE (call_slug, email)
);

CREATE TABLE application_links (
    token_hash      TEXT PRIMARY KEY,
    application_id  INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    created_at      INTEGER NOT NULL
);
CREATE INDEX application_links_by_application ON application_links (application_id);

-- The pitch deck: a PDF, checked by parsing it, served to no one but the campus team.
CREATE TABLE application_decks (
    application_id  INTEGER PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
    pdf             BLOB NOT NULL,
    pages           INTEGER NOT NULL CHECK (pages > 0),
    uploaded_at     INTEGER NOT NULL
);
