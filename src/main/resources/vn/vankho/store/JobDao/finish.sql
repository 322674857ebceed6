UPDATE jobs
   SET status = :status, error = :error, finished_at = now(), lease_owner = NULL, lease_until = NULL
 WHERE id = :id
