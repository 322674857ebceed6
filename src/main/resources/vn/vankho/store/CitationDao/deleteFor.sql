DELETE FROM citations WHERE document_id = :id
