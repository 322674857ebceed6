UPDATE jobs
   SET lease_until = now() + make_interval(secs => :leaseSeconds),
       pages_done = :pagesDone,
       pages_total = :pagesTotal
 WHERE id = :id AND lease_owner = :worker AND status = 'RUNNING'
