-- Confirmed awards only: what reading proposed is not yet a precedent; of documents the reader may read only. Each filter applies when given;
-- every word of the text must be a word of the awardee, unit or achievement (marks and case aside).
SELECT a.id, a.document_id, d.number AS document_number, d.issue_date AS document_date, d.issuer,
       a.awardee_id, a.awardee, a.awardee_kind, a.unit, a.place, a.form, a.authority, a.authority_level, a.achievement,
       a.attributes, a.campaign_id, COALESCE(c.name, a.campaign) AS campaign
  FROM awards a
  JOIN documents d ON d.id = a.document_id
  LEFT JOIN campaigns c ON c.id = a.campaign_id
 WHERE a.status = 'confirmed'
   AND d.secrecy = ANY (:readable)
   AND (CAST(:form AS text) IS NULL OR a.form = :form)
   AND (CAST(:level AS text) IS NULL OR a.authority_level = :level)
   AND (CAST(:kind AS text) IS NULL OR a.awardee_kind = :kind)
   AND (CAST(:attribute AS text) IS NULL OR :attribute = ANY (a.attributes))
   AND (CAST(:campaignId AS bigint) IS NULL OR a.campaign_id = :campaignId)
   AND (CAST(:campaignKey AS text) IS NULL OR c.name_key LIKE '%' || :campaignKey || '%')
   AND (CAST(:awardeeId AS bigint) IS NULL OR a.awardee_id = :awardeeId)
   AND (CAST(:unitKey AS text) IS NULL OR a.unit_key LIKE '%' || :unitKey || '%')
   AND (CAST(:from AS integer) IS NULL OR extract(year FROM d.issue_date) >= :from)
   AND (CAST(:to AS integer) IS NULL OR extract(year FROM d.issue_date) <= :to)
   AND NOT EXISTS (SELECT 1 FROM unnest(CAST(:words AS text[])) w WHERE a.search_text !~ ('\m' || w || '\M'))
 ORDER BY d.issue_date DESC NULLS LAST, a.id
 LIMIT :limit
