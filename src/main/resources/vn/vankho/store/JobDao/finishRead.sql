UPDATE jobs
   SET status = 'DONE', error = NULL, finished_at = now(), lease_owner = NULL, lease_until = NULL,
       pages_done = :pages, pages_total = :pages
 WHERE id = :id
