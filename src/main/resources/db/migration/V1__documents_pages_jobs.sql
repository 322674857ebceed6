-- Documents, their pages and the job queue. PostgreSQL is the source of truth: the search index and
-- page images are derived from these tables and can be rebuilt.

CREATE TABLE documents (
    id              bigserial PRIMARY KEY,
    sha256          text        NOT NULL UNIQUE,        -- the original's bytes, in the file store
    file_name       text        NOT NULL,
    media_type      text        NOT NULL,
    size_bytes      bigint      NOT NULL,
    status          text        NOT NULL DEFAULT 'QUEUED'
                    CHECK (status IN ('QUEUED', 'PROCESSING', 'DONE', 'FAILED')),
    failure_reason  text,
    number          text,                               -- canonical, e.g. 229-KH/HU
    number_printed  text,                               -- as the document prints it
    type_code       text,
    issuer          text,
    issue_date      date,
    place           text,
    subject         text,
    title           text,
    -- bumped on every change; the indexer catches up documents whose indexed_version lags
    version         integer     NOT NULL DEFAULT 1,
    indexed_version integer,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX documents_to_index ON documents (id) WHERE indexed_version IS DISTINCT FROM version;

CREATE TABLE pages (
    document_id bigint  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    number      integer NOT NULL CHECK (number > 0),
    text        text    NOT NULL,
    source      text    NOT NULL CHECK (source IN ('TEXT_LAYER', 'OCR')),
    confidence  real,
    quality     real,
    PRIMARY KEY (document_id, number)
);

CREATE TABLE jobs (
    id           bigserial PRIMARY KEY,
    document_id  bigint      NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    kind         text        NOT NULL,
    status       text        NOT NULL DEFAULT 'QUEUED'
                 CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    attempts     integer     NOT NULL DEFAULT 0,
    max_attempts integer     NOT NULL DEFAULT 3,
    lease_owner  text,
    lease_until  timestamptz,
    pages_done   integer     NOT NULL DEFAULT 0,
    pages_total  integer,
    error        text,
    created_at   timestamptz NOT NULL DEFAULT now(),
    finished_at  timestamptz
);

-- the claim query scans only open jobs
CREATE INDEX jobs_open ON jobs (id) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX jobs_by_document ON jobs (document_id);
