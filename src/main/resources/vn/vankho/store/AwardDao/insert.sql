-- An award an archivist already confirmed or rejected is not proposed again by a later reading.
INSERT INTO awards (document_id, awardee, awardee_kind, unit, place, form, authority, authority_level, achievement,
                    attributes, campaign, source_line, page, unit_key, search_text)
SELECT :documentId, :awardee, :awardeeKind, :unit, :place, :form, :authority, :authorityLevel, :achievement,
       :attributes, :campaign, :sourceLine, :page, :unitKey, :searchText
 WHERE NOT EXISTS (SELECT 1 FROM awards a
                    WHERE a.document_id = :documentId AND a.awardee = :awardee AND a.form = :form)
