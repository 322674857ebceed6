package vn.vankho.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.mapper.Nested;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import vn.vankho.model.Award;
import vn.vankho.model.CampaignLink;
import vn.vankho.model.Citation;
import vn.vankho.model.Document;
import vn.vankho.model.Job;
import vn.vankho.model.Page;
import vn.vankho.model.Provenance;

/**
 * The statements that save a reading and end its job ({@link JobQueue#saveReading}), and no others: each time a
 * transaction attaches a DAO, Jdbi makes a handler for every one of its methods, and attaching the seven tables' own
 * DAOs (48 methods) was a third of the saving's CPU.
 */
public interface ReadingDao {

  /** The document as kept and the fields archivists corrected in it, the job locked; empty when the lease is lost. */
  @SqlQuery("""
      WITH held AS (SELECT document_id FROM jobs
                     WHERE id = :job AND lease_owner = :worker AND status = 'RUNNING' FOR UPDATE)
      SELECT""" + " " + DocumentDao.DOCUMENT + """
      , ARRAY(SELECT field FROM field_provenance p WHERE p.document_id = documents.id AND p.source = 'ARCHIVIST')
          AS corrected
        FROM documents WHERE id = (SELECT document_id FROM held)""")
  @RegisterConstructorMapper(Held.class)
  Optional<Held> lockIfHeld(@Bind("job") long jobId, @Bind("worker") String worker);

  /** A document whose job is locked, and the names of the fields archivists corrected in it. */
  record Held(@Nested Document document, String[] corrected) {}

  /**
   * Forgets the document's last machine reading: its pages, what the machine said of its fields, its citations, and
   * the awards and campaign links it proposed; archivists' entries, and what they confirmed or rejected, stay.
   */
  @SqlUpdate("""
      WITH pages AS (DELETE FROM pages WHERE document_id = :id),
           fields AS (DELETE FROM field_provenance WHERE document_id = :id AND source = 'MACHINE'),
           citations AS (DELETE FROM citations WHERE document_id = :id),
           awards AS (DELETE FROM awards WHERE document_id = :id AND status = 'proposed')
      DELETE FROM campaign_mentions WHERE document_id = :id AND status = 'proposed'""")
  void forgetMachineReading(@Bind("id") long id);

  @SqlBatch("""
      INSERT INTO pages (document_id, number, text, source, confidence, quality, needs_review, problem, note, image_sha256)
      VALUES (:documentId, :number, :text, :source, :confidence, :quality, :needsReview, :problem, :note, :imageSha256)""")
  void insertPages(@Bind("documentId") long documentId, @BindMethods List<Page> pages);

  /**
   * Saves the fields a reading filled in ({@code read}'s number to urgency and title), marks the document read, and
   * ends its job done, every one of its {@code pages} read: one statement, where the document's and the job's were a
   * round trip each (#18). The document's other open jobs reading pages left for OCR end with it: they read pages
   * this reading replaces, and a worker still reading one would otherwise save that old reading over this one, or flag
   * this one's waiting pages with its own failure; ended, its lease is gone and neither happens. This reading queues
   * its own.
   */
  @SqlUpdate("""
      WITH finished AS (UPDATE jobs
                           SET status = 'DONE', error = NULL, finished_at = now(), lease_owner = NULL,
                               lease_until = NULL,
                               pages_done = CASE WHEN id = :job THEN :pages ELSE pages_done END,
                               pages_total = CASE WHEN id = :job THEN :pages ELSE pages_total END
                         WHERE id = :job
                            OR document_id = :id AND kind = '""" + Job.OCR_PAGES + """
      ' AND status IN ('QUEUED', 'RUNNING'))
      UPDATE documents
         SET status = 'DONE', failure_reason = NULL, number = :number, number_printed = :numberPrinted,
             number_keys = :numberKeys, type_code = :type, issuer = :issuer, issue_date = :date,
             place = :place, subject = :subject, title = :title, signer_title = :signerTitle,
             signer_name = :signerName, recipients = :recipients, secrecy = :secrecy,
             urgency = :urgency, version = version + 1, updated_at = now()
       WHERE id = :id""")
  void saveFieldsAndFinish(@BindMethods Document read, @Bind("job") long jobId, @Bind("pages") int pages);

  /** Records the machine's readings, except for fields an archivist has set. */
  @SqlBatch("""
      INSERT INTO field_provenance (document_id, field, source, page, source_text)
      VALUES (:documentId, :field, 'MACHINE', :page, :sourceText)
      ON CONFLICT (document_id, field) DO NOTHING""")
  void recordMachine(@Bind("documentId") long documentId, @BindMethods List<Provenance> readings);

  @SqlBatch("""
      INSERT INTO citations (document_id, number, number_key, cited_date, issuer, relation, page, source_text)
      VALUES (:citingId, :number, :numberKey, :date, :issuer, :relation, :page, :sourceText)""")
  void insertCitations(@BindMethods List<Citation> citations);

  /** An award an archivist already confirmed or rejected is not proposed again by a later reading. */
  @SqlBatch("""
      INSERT INTO awards (document_id, awardee, awardee_kind, unit, place, form, authority, authority_level, achievement,
                          attributes, campaign, source_line, page, unit_key, search_text)
      SELECT :documentId, :awardee, :awardeeKind, :unit, :place, :form, :authority, :authorityLevel, :achievement,
             :attributes, :campaign, :sourceLine, :page, :unitKey, :searchText
       WHERE NOT EXISTS (SELECT 1 FROM awards a
                          WHERE a.document_id = :documentId AND a.awardee = :awardee AND a.form = :form)""")
  void insertAwards(@BindMethods List<Award> awards);

  @SqlBatch("""
      INSERT INTO campaign_mentions (document_id, name, launches, period_from, period_to, source_line, page)
      VALUES (:documentId, :name, :launches, :periodFrom, :periodTo, :sourceLine, :page)
      ON CONFLICT (document_id, name) DO NOTHING""")
  void insertCampaignLinks(@BindMethods List<CampaignLink> links);

  /** Queues the reading by OCR of the pages a reading left waiting ({@code AWAITING_OCR}). */
  @SqlUpdate("INSERT INTO jobs (document_id, kind) VALUES (:id, '" + Job.OCR_PAGES + "')")
  void queueOcrOfWaitingPages(@Bind("id") long id);
}
