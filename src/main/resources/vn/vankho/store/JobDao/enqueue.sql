INSERT INTO jobs (document_id, kind) VALUES (:documentId, :kind) RETURNING id
