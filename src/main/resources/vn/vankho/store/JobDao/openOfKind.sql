SELECT id FROM jobs
 WHERE document_id = ANY(:documentIds) AND kind = :kind AND status IN ('QUEUED', 'RUNNING')
 ORDER BY id
