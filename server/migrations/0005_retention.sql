-- Retention (see server/src/db/retention.rs and the privacy notice).

-- When an account is deleted, the history lines it wrote forget its e-mail at once; the
-- change itself (which fields, when) stays until the history's own retention ends.
CREATE TRIGGER forget_deleted_account_in_history
BEFORE DELETE ON accounts
BEGIN
    UPDATE startup_history SET account_email = '' WHERE account_id = OLD.id;
END;

-- The purge of old history lines reads them by date.
CREATE INDEX startup_history_by_date ON startup_history (at);
