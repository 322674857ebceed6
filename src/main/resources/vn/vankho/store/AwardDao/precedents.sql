-- Confirmed awards only: what reading proposed is not yet a precedent. Each filter applies when given.
SELECT a.id, a.document_id, d.number AS document_number, d.issue_date AS document_date, d.issuer,
       a.awardee, a.awardee_kind, a.form, a.authority, a.achievement, a.attributes, a.campaign
  FROM awards a
  JOIN documents d ON d.id = a.document_id
 WHERE a.status = 'confirmed'
   AND (CAST(:form AS text) IS NULL OR a.form = :form)
   AND (CAST(:kind AS text) IS NULL OR a.awardee_kind = :kind)
   AND (CAST(:attribute AS text) IS NULL OR :attribute = ANY (a.attributes))
   AND (CAST(:campaignPattern AS text) IS NULL OR a.campaign ILIKE :campaignPattern)
   AND (CAST(:from AS integer) IS NULL OR extract(year FROM d.issue_date) >= :from)
   AND (CAST(:to AS integer) IS NULL OR extract(year FROM d.issue_date) <= :to)
   AND (CAST(:textPattern AS text) IS NULL OR a.awardee ILIKE :textPattern OR a.achievement ILIKE :textPattern)
 ORDER BY d.issue_date DESC NULLS LAST, a.id
 LIMIT :limit
