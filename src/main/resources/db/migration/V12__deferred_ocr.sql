-- A page of a born-digital PDF that has no text layer (a colophon drawn as outlines, a scanned appendix after the
-- signature) is kept unread at import, waiting for OCR, and a job of its own reads it behind the imports, so that
-- the rest of the document is searchable at once.
ALTER TABLE pages DROP CONSTRAINT pages_source_check;
ALTER TABLE pages ADD CONSTRAINT pages_source_check CHECK (source IN ('TEXT_LAYER', 'OCR', 'AWAITING_OCR'));

-- the claim query takes the reading of new files first, then the pages left for OCR: an index in that order lets
-- it take the first open job without sorting the whole queue (it replaces the index of open jobs by id)
DROP INDEX jobs_open;
CREATE INDEX jobs_open_in_turn ON jobs ((kind <> 'read'), id) WHERE status IN ('QUEUED', 'RUNNING');
