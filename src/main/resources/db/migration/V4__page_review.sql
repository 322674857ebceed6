-- Pages that reading could not trust: a scan whose text is mostly not Vietnamese even after OCR, or
-- a page that could not be read at all. Archivists find them in the "needs review" list.
ALTER TABLE pages
    ADD COLUMN needs_review boolean NOT NULL DEFAULT false,
    ADD COLUMN problem      text;

CREATE INDEX pages_needing_review ON pages (document_id) WHERE needs_review;
