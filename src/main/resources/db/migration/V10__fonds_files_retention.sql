-- The archival arrangement (ISAD(G) levels): fonds -> series -> file (hồ sơ) -> document, with the
-- file fields of the electronic-file metadata (Nghị định 30/2020/NĐ-CP, Phụ lục VI), and the
-- appraisal and destruction of files past their retention period.

CREATE TABLE fonds (
    id    bigserial PRIMARY KEY,
    code  text NOT NULL UNIQUE,   -- the body's identifier (mã định danh), the first part of a file code
    name  text NOT NULL
);

CREATE TABLE series (
    id       bigserial PRIMARY KEY,
    fonds_id bigint NOT NULL REFERENCES fonds (id),
    code     text   NOT NULL,     -- the symbol a file code ends with (KH, TCCB ...)
    name     text   NOT NULL,
    UNIQUE (fonds_id, code)
);

CREATE TABLE record_files (
    id              bigserial   PRIMARY KEY,
    series_id       bigint      NOT NULL REFERENCES series (id),
    code            text        NOT NULL UNIQUE,   -- fonds code.year.number.series code (Phụ lục VI, mã hồ sơ)
    year            integer     NOT NULL,
    number          integer     NOT NULL CHECK (number > 0),
    title           text        NOT NULL,
    -- thời hạn bảo quản as the archivist set it: 'vĩnh viễn' or a number of years; NULL: from the
    -- retention schedule (index-config/retention-schedule.txt), by the kinds of the file's documents
    retention       text        CHECK (retention = 'vĩnh viễn' OR retention ~ '^[1-9][0-9]*$'),
    access_rights   text        NOT NULL,          -- chế độ sử dụng
    language        text        NOT NULL,
    note            text,
    created_by      text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    destroyed_at    timestamptz,                    -- a destroyed file is kept as a line of the records
    UNIQUE (series_id, year, number)
);

-- A document lies in at most one file; moving it is changing this.
ALTER TABLE documents ADD COLUMN file_id bigint REFERENCES record_files (id);
CREATE INDEX documents_by_file ON documents (file_id);

-- An archivist proposes to destroy a file past its period; another account, an admin's, decides.
CREATE TABLE destruction_proposals (
    id          bigserial   PRIMARY KEY,
    file_id     bigint      NOT NULL REFERENCES record_files (id),
    reason      text        NOT NULL,
    proposed_by text        NOT NULL,
    proposed_at timestamptz NOT NULL DEFAULT now(),
    decided_by  text,
    decided_at  timestamptz,
    status      text        NOT NULL DEFAULT 'PROPOSED' CHECK (status IN ('PROPOSED', 'DESTROYED', 'REJECTED')),
    CHECK (decided_by IS NULL OR decided_by <> proposed_by)
);

CREATE UNIQUE INDEX one_open_proposal_per_file ON destruction_proposals (file_id) WHERE status = 'PROPOSED';

-- What was destroyed, kept for ever: no foreign key to the documents, which are gone.
CREATE TABLE destroyed_documents (
    id           bigserial   PRIMARY KEY,
    proposal_id  bigint      NOT NULL REFERENCES destruction_proposals (id),
    document_id  bigint      NOT NULL,
    number       text,
    title        text        NOT NULL,
    issue_date   date,
    sha256       text        NOT NULL,
    destroyed_at timestamptz NOT NULL DEFAULT now()
);
