-- An award an archivist already confirmed or rejected is not proposed again by a later reading.
INSERT INTO awards (document_id, awardee, awardee_kind, form, authority, achievement, attributes, campaign,
                    source_line, page)
SELECT :documentId, :awardee, :awardeeKind, :form, :authority, :achievement, :attributesArray, :campaign,
       :sourceLine, :page
 WHERE NOT EXISTS (SELECT 1 FROM awards a
                    WHERE a.document_id = :documentId AND a.awardee = :awardee AND a.form = :form)
