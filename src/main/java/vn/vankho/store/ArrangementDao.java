package vn.vankho.store;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import vn.vankho.model.DestroyedDocument;
import vn.vankho.model.DestructionProposal;
import vn.vankho.model.Fonds;
import vn.vankho.model.Series;

/** Fonds, series, files, the documents in them, and the destruction of files past their retention. */
@RegisterConstructorMapper(Fonds.class)
@RegisterConstructorMapper(Series.class)
@RegisterConstructorMapper(ArrangementDao.FileRow.class)
@RegisterConstructorMapper(DestructionProposal.class)
@RegisterConstructorMapper(DestroyedDocument.class)
public interface ArrangementDao {

  /**
   * A file as its row and its documents give it; {@code kinds} holds the documents' type codes, "" for one unread.
   * The count and the dates are of the documents whose độ mật is in {@code readable}, so a file tells a reader
   * nothing of what it holds above their clearance; the kinds, which set its retention, are of all of them.
   */
  record FileRow(long id, long seriesId, String fondsCode, String fondsName, String seriesCode, String seriesName,
      String code, int year, int number, String title, String retention, String accessRights, String language,
      String note, int documentCount, LocalDate startDate, LocalDate endDate, List<String> kinds, String createdBy,
      Instant createdAt, Instant destroyedAt) {}

  String FILES = """
      SELECT f.id, f.series_id, fo.code AS fonds_code, fo.name AS fonds_name, s.code AS series_code,
             s.name AS series_name, f.code, f.year, f.number, f.title, f.retention, f.access_rights, f.language,
             f.note, d.document_count, d.start_date, d.end_date, d.kinds, f.created_by, f.created_at, f.destroyed_at
        FROM record_files f
        JOIN series s ON s.id = f.series_id
        JOIN fonds fo ON fo.id = s.fonds_id
        CROSS JOIN LATERAL (
          SELECT count(*) FILTER (WHERE secrecy = ANY(:readable)) AS document_count,
                 min(issue_date) FILTER (WHERE secrecy = ANY(:readable)) AS start_date,
                 max(issue_date) FILTER (WHERE secrecy = ANY(:readable)) AS end_date,
                 coalesce(array_agg(DISTINCT coalesce(type_code, '')), '{}') AS kinds
            FROM documents WHERE file_id = f.id) d
      """;

  @SqlQuery("INSERT INTO fonds (code, name) VALUES (:code, :name) RETURNING *")
  Fonds addFonds(@Bind("code") String code, @Bind("name") String name);

  @SqlQuery("SELECT * FROM fonds ORDER BY code")
  List<Fonds> fonds();

  @SqlQuery("INSERT INTO series (fonds_id, code, name) VALUES (:fondsId, :code, :name) RETURNING *")
  Series addSeries(@Bind("fondsId") long fondsId, @Bind("code") String code, @Bind("name") String name);

  @SqlQuery("SELECT * FROM series ORDER BY fonds_id, code")
  List<Series> series();

  /** Adds the next file of the series for the year; its code is made from the fonds, the year, the number and the series. */
  @SqlQuery("""
      INSERT INTO record_files (series_id, code, year, number, title, retention, access_rights, language, note,
                                created_by)
      SELECT s.id, fo.code || '.' || :year || '.' || lpad(n.number::text, 2, '0') || '.' || s.code, :year, n.number,
             :title, :retention, :accessRights, :language, :note, :actor
        FROM series s JOIN fonds fo ON fo.id = s.fonds_id,
             LATERAL (SELECT coalesce(max(number), 0) + 1 AS number FROM record_files
                       WHERE series_id = s.id AND year = :year) n
       WHERE s.id = :seriesId
      RETURNING id""")
  Optional<Long> addFile(@Bind("seriesId") long seriesId, @Bind("year") int year, @Bind("title") String title,
      @Bind("retention") String retention, @Bind("accessRights") String accessRights,
      @Bind("language") String language, @Bind("note") String note, @Bind("actor") String actor);

  @SqlQuery(FILES + " WHERE f.id = :id")
  Optional<FileRow> file(@Bind("id") long id, @Bind("readable") String[] readable);

  @SqlQuery(FILES + " WHERE f.code = :code")
  Optional<FileRow> fileByCode(@Bind("code") String code, @Bind("readable") String[] readable);

  /** The files not destroyed, in the order of the file list: fonds, series, year, number. */
  @SqlQuery(FILES + """
       WHERE f.destroyed_at IS NULL AND (CAST(:fondsId AS bigint) IS NULL OR s.fonds_id = :fondsId)
       ORDER BY fo.code, s.code, f.year, f.number""")
  List<FileRow> files(@Bind("fondsId") Long fondsId, @Bind("readable") String[] readable);

  @SqlQuery("SELECT id FROM documents WHERE file_id = :fileId ORDER BY issue_date NULLS LAST, id")
  List<Long> documentsOf(@Bind("fileId") long fileId);

  @SqlQuery("""
      UPDATE documents d SET file_id = :fileId FROM (SELECT id, file_id AS before FROM documents
                                                      WHERE id = ANY(:ids) FOR UPDATE) old
       WHERE d.id = old.id AND old.before IS DISTINCT FROM :fileId
      RETURNING d.id""")
  List<Long> move(@Bind("ids") long[] ids, @Bind("fileId") long fileId);

  @SqlQuery("SELECT EXISTS (SELECT 1 FROM destruction_proposals WHERE file_id = :fileId AND status = 'PROPOSED')")
  boolean awaitsDestruction(@Bind("fileId") long fileId);

  @SqlQuery("""
      INSERT INTO destruction_proposals (file_id, reason, proposed_by) VALUES (:fileId, :reason, :actor)
      RETURNING id""")
  long propose(@Bind("fileId") long fileId, @Bind("reason") String reason, @Bind("actor") String actor);

  String PROPOSALS = """
      SELECT p.id, p.file_id, f.code AS file_code, f.title AS file_title, p.reason, p.proposed_by, p.proposed_at,
             p.decided_by, p.decided_at, p.status
        FROM destruction_proposals p JOIN record_files f ON f.id = p.file_id
      """;

  @SqlQuery(PROPOSALS + " WHERE p.id = :id FOR UPDATE OF p")
  Optional<DestructionProposal> lockProposal(@Bind("id") long id);

  @SqlQuery(PROPOSALS + " ORDER BY p.id DESC")
  List<DestructionProposal> proposals();

  @SqlUpdate("UPDATE destruction_proposals SET status = :status, decided_by = :actor, decided_at = now() WHERE id = :id")
  void decide(@Bind("id") long id, @Bind("status") String status, @Bind("actor") String actor);

  /** Writes the record of every document of the file, before they go. */
  @SqlUpdate("""
      INSERT INTO destroyed_documents (proposal_id, document_id, number, title, issue_date, sha256)
      SELECT :proposalId, id, number, coalesce(nullif(subject, ''), nullif(title, ''), file_name), issue_date, sha256
        FROM documents WHERE file_id = :fileId""")
  void recordDestroyed(@Bind("proposalId") long proposalId, @Bind("fileId") long fileId);

  /** Deletes the file's documents (their pages, citations, awards and jobs go with them); returns id and digest. */
  @SqlQuery("DELETE FROM documents WHERE file_id = :fileId RETURNING id, sha256")
  @RegisterConstructorMapper(Gone.class)
  List<Gone> deleteDocuments(@Bind("fileId") long fileId);

  /** A deleted document: its id, for the index and the page images, and its digest, for the file store. */
  record Gone(long id, String sha256) {}

  @SqlUpdate("UPDATE record_files SET destroyed_at = now() WHERE id = :id")
  void markDestroyed(@Bind("id") long id);

  @SqlQuery("""
      SELECT r.id, r.document_id, r.number, r.title, r.issue_date AS date, r.sha256, f.code AS file_code,
             f.title AS file_title, p.reason, p.proposed_by, p.decided_by AS approved_by, r.destroyed_at
        FROM destroyed_documents r
        JOIN destruction_proposals p ON p.id = r.proposal_id
        JOIN record_files f ON f.id = p.file_id
       ORDER BY r.id DESC""")
  List<DestroyedDocument> destroyed();
}
