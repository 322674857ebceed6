SELECT id FROM jobs WHERE id = :id AND lease_owner = :worker AND status = 'RUNNING' FOR UPDATE
