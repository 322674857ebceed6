UPDATE jobs SET status = 'QUEUED', error = :error, lease_owner = NULL, lease_until = NULL WHERE id = :id
