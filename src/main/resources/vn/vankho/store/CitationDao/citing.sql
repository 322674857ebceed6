-- The cited document is the one that bears the number; when two do (the same number in two years),
-- the one of the year the citation gives, and never one of another year.
SELECT c.document_id AS citing_id, c.number, c.number_key, c.cited_date AS date, c.issuer, c.relation,
       c.page, c.source_text,
       (SELECT d.id
          FROM documents d
         WHERE c.number_key = ANY (d.number_keys)
           AND d.id <> c.document_id
           AND (c.cited_date IS NULL OR d.issue_date IS NULL
                OR extract(year FROM d.issue_date) = extract(year FROM c.cited_date))
         ORDER BY (d.issue_date = c.cited_date) DESC NULLS LAST, d.id
         LIMIT 1) AS resolved_id
  FROM citations c
 WHERE c.document_id = :id
 ORDER BY c.id
