SELECT id, document_id, awardee, awardee_kind, form, authority, achievement, attributes, campaign, status,
       source_line, page
  FROM awards
 WHERE id = :id
 FOR UPDATE
