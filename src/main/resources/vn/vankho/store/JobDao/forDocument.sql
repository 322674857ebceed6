SELECT * FROM jobs WHERE document_id = :documentId ORDER BY id
