INSERT INTO citations (document_id, number, number_key, cited_date, issuer, relation, page, source_text)
VALUES (:citingId, :number, :numberKey, :date, :issuer, :relation, :page, :sourceText)
