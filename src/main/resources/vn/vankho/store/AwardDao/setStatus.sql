UPDATE awards SET status = :status WHERE id = :id
