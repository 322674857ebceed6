UPDATE awards
   SET awardee = :awardee, awardee_kind = :awardeeKind, unit = :unit, place = :place, form = :form, authority = :authority,
       authority_level = :authorityLevel, achievement = :achievement, attributes = :attributes,
       campaign = :campaign, status = :status, awardee_id = :awardeeId, campaign_id = :campaignId,
       unit_key = :unitKey, search_text = :searchText
 WHERE id = :id
