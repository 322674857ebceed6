-- An administrator locks an account (someone left, a password leaked) rather than deleting it: the audit log
-- keeps naming who did what, and the account can be opened again. A locked account has no open sessions.
ALTER TABLE users ADD COLUMN locked boolean NOT NULL DEFAULT false;
