-- The agenda: events, their registrations (seats, waitlist, holds) and the mail outbox.
-- Times are Unix seconds (UTC); the API states them in Paris time.

CREATE TABLE events (
    slug TEXT PRIMARY KEY NOT NULL,
    title_fr TEXT NOT NULL,
    title_en TEXT NOT NULL,
    summary_fr TEXT NOT NULL,
    summary_en TEXT NOT NULL,
    description_fr TEXT NOT NULL,
    description_en TEXT NOT NULL,
    type TEXT NOT NULL,
    format TEXT NOT NULL,
    free INTEGER NOT NULL,
    starts_at INTEGER NOT NULL,
    ends_at INTEGER NOT NULL CHECK (ends_at > starts_at),
    -- scheduled, cancelled or postponed; "full" is computed from the seats.
    status TEXT NOT NULL DEFAULT 'scheduled',
    status_note_fr TEXT,
    status_note_en TEXT,
    -- NULL: no registration.
    registration_closes_at INTEGER,
    -- NULL: no limit.
    capacity INTEGER CHECK (capacity IS NULL OR capacity >= 0),
    -- Seats taken outside the portal (invited guests, registrations by telephone).
    reserved_seats INTEGER NOT NULL DEFAULT 0 CHECK (reserved_seats >= 0),
    -- The event is given as whole days (its times are not known or not relevant).
    all_day INTEGER NOT NULL DEFAULT 0,
    organiser TEXT NOT NULL,
    place_name_fr TEXT,
    place_name_en TEXT,
    place_address TEXT,
    place_access_fr TEXT,
    place_access_en TEXT,
    -- Given to confirmed registrants only, never in a public answer.
    online_url TEXT,
    replay_url TEXT,
    -- Grows on every change (ICS SEQUENCE).
    sequence INTEGER NOT NULL DEFAULT 0,
    sample INTEGER NOT NULL DEFAULT 0,
    updated_at INTEGER NOT NULL
);

-- The lists of an event: audience, pole, lang and access values, in order.
CREATE TABLE event_values (
    event_slug TEXT NOT NULL REFERENCES events (slug) ON DELETE CASCADE,
    field TEXT NOT NULL,
    value TEXT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (event_slug, field, value)
);

CREATE TABLE registrations (
    id INTEGER PRIMARY KEY,
    event_slug TEXT NOT NULL REFERENCES events (slug) ON DELETE CASCADE,
    -- The secret of the e-mails' link (32 random bytes, hex). Kept, not hashed, so that
    -- every later mail (promotion, reminder) carries a working link; the database file is
    -- readable by its owner only, and the row goes 30 days after the event.
    token TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL,
    -- The e-mail in lower case: one live registration per person and event.
    email_key TEXT NOT NULL,
    name TEXT NOT NULL,
    lang TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    -- Health data, given with explicit consent; shown to the organisers only.
    access_needs TEXT NOT NULL DEFAULT '',
    -- pending, confirmed, waitlisted, cancelled or expired.
    state TEXT NOT NULL,
    -- 1: holds a seat; 0: a waitlist place.
    holds_seat INTEGER NOT NULL,
    -- Waitlist order: first come, first promoted.
    queued_at INTEGER NOT NULL,
    -- Pending: until when the place is held.
    hold_until INTEGER,
    created_at INTEGER NOT NULL,
    reminded INTEGER NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX one_live_registration_per_person
    ON registrations (event_slug, email_key)
    WHERE state IN ('pending', 'confirmed', 'waitlisted');
CREATE INDEX registrations_by_event ON registrations (event_slug, state, holds_seat);
CREATE INDEX registrations_pending ON registrations (hold_until) WHERE state = 'pending';

-- Mail waiting to be delivered, written in the same transaction as what it reports, so a
-- committed registration always gets its mail and a failed delivery loses nothing.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    -- The formatted message (RFC 5322), deleted once delivered.
    message BLOB NOT NULL,
    recipient TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL
);
CREATE INDEX outbox_due ON outbox (next_attempt_at);
