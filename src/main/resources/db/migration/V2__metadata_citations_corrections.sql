-- What reading a document finds in it (issue: read the document), where each value came from, the
-- citation graph, archivists' corrections and the audit log.

ALTER TABLE documents
    ADD COLUMN signer_title text,
    ADD COLUMN signer_name  text,
    ADD COLUMN recipients   text[] NOT NULL DEFAULT '{}',
    -- the search keys of the document's own number (DocumentNumber.keys): what citations resolve against
    ADD COLUMN number_keys  text[] NOT NULL DEFAULT '{}';

CREATE INDEX documents_number_keys ON documents USING gin (number_keys);

-- Where each field's value came from: the machine (page and line it read) or an archivist (who, when).
-- A field an archivist set is never overwritten by reading the document again.
CREATE TABLE field_provenance (
    document_id bigint      NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    field       text        NOT NULL,
    source      text        NOT NULL CHECK (source IN ('MACHINE', 'ARCHIVIST')),
    page        integer,
    source_text text,
    changed_by  text,
    changed_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (document_id, field)
);

-- What a document cites. The cited document is found by number key when asked, not stored: a
-- citation of a document not yet archived resolves by itself once it is uploaded.
CREATE TABLE citations (
    id          bigserial PRIMARY KEY,
    document_id bigint  NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    number      text    NOT NULL,
    number_key  text    NOT NULL,
    cited_date  date,
    issuer      text,
    relation    text    NOT NULL
                CHECK (relation IN ('basis', 'implements', 'proposal', 'supersedes', 'amends', 'repeals', 'mentions')),
    page        integer,
    source_text text
);

CREATE INDEX citations_by_document ON citations (document_id);
CREATE INDEX citations_by_key ON citations (number_key);

-- Units that are expected to implement the directives and plans of the body above them.
CREATE TABLE subordinate_units (
    id           bigserial PRIMARY KEY,
    name         text NOT NULL,
    parent       text NOT NULL,   -- the issuing body they report to, as documents name it
    UNIQUE (name, parent)
);

CREATE TABLE audit_log (
    id          bigserial PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    actor       text        NOT NULL,
    action      text        NOT NULL,
    document_id bigint      REFERENCES documents (id) ON DELETE SET NULL,
    field       text,
    before      text,
    after       text
);

CREATE INDEX audit_log_by_document ON audit_log (document_id);
