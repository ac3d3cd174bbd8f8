-- The campus team: accounts get a role, staff sign in with a second factor (TOTP, RFC 6238)
-- and every staff action is written to an audit log.

-- SQLite cannot drop a NOT NULL: the table is rebuilt (foreign keys are off while migrating;
-- the sessions and history lines keep the same account ids).
CREATE TABLE accounts_new (
    id             INTEGER PRIMARY KEY,
    email          TEXT NOT NULL UNIQUE COLLATE NOCASE,
    -- argon2id, PHC string format (salt and parameters included).
    password_hash  TEXT NOT NULL,
    role           TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'staff')),
    -- A member belongs to one start-up; a staff account to none.
    startup_slug   TEXT REFERENCES startups (slug) ON DELETE CASCADE,
    created        TEXT NOT NULL,
    last_sign_in   INTEGER,
    -- The confirmed TOTP secret (base32); NULL until the staff member has proved a code.
    totp_secret    TEXT,
    -- A secret offered at enrolment, waiting for its first code.
    totp_pending   TEXT,
    -- The last time step accepted: a code is never accepted twice (RFC 6238, 5.2).
    totp_last_step INTEGER NOT NULL DEFAULT 0,
    CHECK ((role = 'member') = (startup_slug IS NOT NULL)),
    CHECK (role = 'staff' OR (totp_secret IS NULL AND totp_pending IS NULL))
);
INSERT INTO accounts_new (id, email, password_hash, role, startup_slug, created)
    SELECT id, email, password_hash, 'member', startup_slug, created FROM accounts;
DROP TABLE accounts;
ALTER TABLE accounts_new RENAME TO accounts;

-- Dropped with the old table; the same rule as migration 5.
CREATE TRIGGER forget_deleted_account_in_history
BEFORE DELETE ON accounts
BEGIN
    UPDATE startup_history SET account_email = '' WHERE account_id = OLD.id;
END;

-- A staff session is only good for enrolling its second factor until a code is proved.
ALTER TABLE sessions ADD COLUMN second_factor_done INTEGER NOT NULL DEFAULT 1;

-- Recovery codes, shown once at enrolment; SHA-256 of each (they are long random codes).
CREATE TABLE recovery_codes (
    account_id  INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    code_hash   TEXT NOT NULL,
    used_at     INTEGER,
    PRIMARY KEY (account_id, code_hash)
);

-- Who did what, when: every staff action. Kept 12 months (db::retention). The actor's
-- e-mail is copied so the line still reads after the account is gone.
CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY,
    at           INTEGER NOT NULL,
    account_id   INTEGER REFERENCES accounts (id) ON DELETE SET NULL,
    actor_email  TEXT NOT NULL,
    action       TEXT NOT NULL,
    target       TEXT NOT NULL,
    detail       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_date ON audit_log (at);
