-- The jobs a stopped run of the archive held, back in the queue at once rather than when their leases run
-- out. Attempts are kept, so a file that brings the server down every time is given up after the last one.
UPDATE jobs
   SET status = 'QUEUED', lease_owner = NULL, lease_until = NULL
 WHERE status = 'RUNNING'
   AND starts_with(lease_owner, :prefix)
