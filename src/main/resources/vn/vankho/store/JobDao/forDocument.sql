SELECT j.*, COALESCE(d.indexed_version = d.version, false) AS searchable
  FROM jobs j LEFT JOIN documents d ON d.id = j.document_id
 WHERE j.document_id = :documentId
 ORDER BY j.id
