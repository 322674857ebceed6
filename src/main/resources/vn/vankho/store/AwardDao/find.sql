SELECT id, document_id, awardee, awardee_kind, unit, place, form, authority, authority_level, achievement,
       attributes, campaign, status, source_line, page, awardee_id, campaign_id
  FROM awards
 WHERE id = :id
 FOR UPDATE
