-- SKIP LOCKED lets any number of workers, in any number of processes, claim side by side without
-- waiting on each other; a RUNNING job whose lease ran out belongs to a worker that died. The reading of new files
-- comes first, the pages left for OCR after them (the order of the index jobs_open_in_turn), and only once no new
-- file is queued or being read: their OCR runs on every core (the page pool) for seconds a page, and a worker that
-- found the queue empty for a moment while files were still arriving took it up and halved the import's pace. A
-- worker waits instead for the last reading to end, a fraction of a second for a born-digital file. A reading's
-- document is marked as being read by the same statement: one round trip, all or nothing without a transaction
-- around it. The document of pages left for OCR is read already and stays so: searchable, as it is, while its pages
-- are read.
WITH claimed AS (
UPDATE jobs
   SET status = 'RUNNING',
       lease_owner = :worker,
       lease_until = now() + make_interval(secs => :leaseSeconds),
       attempts = attempts + 1
 WHERE id = (SELECT id
               FROM jobs
              WHERE (status = 'QUEUED' OR (status = 'RUNNING' AND lease_until < now()))
                AND (kind = 'read' OR NOT EXISTS (SELECT 1 FROM jobs r
                                                   WHERE r.kind = 'read' AND r.status IN ('QUEUED', 'RUNNING')))
              ORDER BY kind <> 'read', id
              LIMIT 1
                FOR UPDATE SKIP LOCKED)
RETURNING *),
     reading AS (
UPDATE documents SET status = 'PROCESSING', failure_reason = NULL, updated_at = now()
 WHERE id = (SELECT document_id FROM claimed WHERE kind = 'read'))
SELECT *, false AS searchable FROM claimed
