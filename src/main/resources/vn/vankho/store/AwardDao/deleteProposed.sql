DELETE FROM awards WHERE document_id = :id AND status = 'proposed'
