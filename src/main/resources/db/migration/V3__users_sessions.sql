-- Accounts and their sessions (issue: accounts, roles). Sessions live here rather than in Jetty's
-- memory so that a restart does not log everyone out, and so that more than one server process can
-- serve the same archive.

CREATE TABLE users (
    id            bigserial   PRIMARY KEY,
    name          text        NOT NULL UNIQUE,
    password_hash text        NOT NULL,   -- bcrypt, salt and cost inside ($2y$12$...)
    role          text        NOT NULL CHECK (role IN ('ADMIN', 'ARCHIVIST', 'READER')),
    created_at    timestamptz NOT NULL DEFAULT now()
);

-- The cookie carries a random token; only its SHA-256 is kept, so a copy of this table opens no session.
CREATE TABLE sessions (
    token_hash  text        PRIMARY KEY,
    user_id     bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    csrf_token  text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL
);

CREATE INDEX sessions_by_expiry ON sessions (expires_at);
