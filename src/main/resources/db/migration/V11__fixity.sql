-- Fixity (issue 13): a page image's SHA-256 is recorded with its page, so `vankho verify` can tell an image
-- that changed on disk from the one reading made; images kept before this get theirs at the first check.
ALTER TABLE pages ADD COLUMN image_sha256 text;

-- Each run of `vankho verify` (by hand or on serve's schedule): what it checked and what it found missing or
-- changed, shown to admins. Problems as JSON: [{"kind", "documentId", "page", "fileName", "path", "state"}].
CREATE TABLE fixity_checks (
    id             bigserial   PRIMARY KEY,
    started_at     timestamptz NOT NULL,
    finished_at    timestamptz NOT NULL,
    files_checked  integer     NOT NULL,
    images_checked integer     NOT NULL,
    problems       jsonb       NOT NULL DEFAULT '[]'
);
