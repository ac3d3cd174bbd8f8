-- The campus team's review of applications: reviewers assigned to each, their conflicts of
-- interest, their scores, and the decisions that wait in an outbox until staff approve them.

CREATE TABLE review_assignments (
    application_id  INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
    reviewer_id     INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    assigned_at     INTEGER NOT NULL,
    -- A declared conflict of interest: the reviewer no longer sees the application.
    conflict_at     INTEGER,
    conflict_note   TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (application_id, reviewer_id)
);
CREATE INDEX review_assignments_by_reviewer ON review_assignments (reviewer_id);

CREATE TABLE reviews (
    application_id  INTEGER NOT NULL,
    reviewer_id     INTEGER NOT NULL,
    -- model::calls::ReviewScores, checked by the model's rules.
    scores          TEXT NOT NULL,
    weighted        REAL NOT NULL,
    at              INTEGER NOT NULL,
    PRIMARY KEY (application_id, reviewer_id),
    FOREIGN KEY (application_id, reviewer_id)
        REFERENCES review_assignments (application_id, reviewer_id) ON DELETE CASCADE
);

-- A decision prepared for an application, and its letter as staff read and edit it. It
-- changes nothing and sends nothing until approved and sent with the others.
CREATE TABLE decisions (
    application_id  INTEGER PRIMARY KEY REFERENCES applications (id) ON DELETE CASCADE,
    decision        TEXT NOT NULL CHECK (decision IN ('accepted', 'declined')),
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1,
    prepared_by     TEXT NOT NULL,
    prepared_at     INTEGER NOT NULL,
    approved_by     TEXT,
    approved_at     INTEGER,
    sent_at         INTEGER
);
