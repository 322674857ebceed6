-- The citations that resolve to document :id, by the same rule as citing.sql, with the citing
-- document's own number, date and issuer in place of the cited ones.
SELECT src.id AS citing_id, src.number, c.number_key, src.issue_date AS date, src.issuer, c.relation,
       c.page, c.source_text, :id AS resolved_id
  FROM documents target
  JOIN citations c ON c.number_key = ANY (target.number_keys)
  JOIN documents src ON src.id = c.document_id
 WHERE target.id = :id
   AND src.id <> target.id
   AND (c.cited_date IS NULL OR target.issue_date IS NULL
        OR extract(year FROM target.issue_date) = extract(year FROM c.cited_date))
 ORDER BY src.issue_date NULLS LAST, src.id
