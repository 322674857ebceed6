package vn.vankho.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** What the fixity check reads (every kept file with its SHA-256) and what it records (each run). */
@RegisterConstructorMapper(KeptFile.class)
@RegisterConstructorMapper(FixityDao.Check.class)
public interface FixityDao {

  /** One recorded run; {@code problems} is its JSON list. */
  record Check(Instant startedAt, Instant finishedAt, int filesChecked, int imagesChecked, String problems) {}

  @SqlQuery("SELECT id AS document_id, NULL::integer AS page, file_name, sha256 FROM documents ORDER BY id")
  List<KeptFile> originals();

  /**
   * Page images with a recorded SHA-256; with {@code settledOnly}, not those of a document being read again,
   * whose images are replaced before its new pages are saved.
   */
  @SqlQuery("""
      SELECT p.document_id, p.number AS page, d.file_name, p.image_sha256 AS sha256
        FROM pages p JOIN documents d ON d.id = p.document_id
       WHERE p.image_sha256 IS NOT NULL AND (NOT :settledOnly OR d.status IN ('DONE', 'FAILED'))
       ORDER BY p.document_id, p.number""")
  List<KeptFile> pageImages(@Bind("settledOnly") boolean settledOnly);

  /** Pages of settled documents whose image, if they have one, was kept before its SHA-256 was recorded. */
  @SqlQuery("""
      SELECT p.document_id, p.number AS page, d.file_name, NULL AS sha256
        FROM pages p JOIN documents d ON d.id = p.document_id
       WHERE p.image_sha256 IS NULL AND d.status IN ('DONE', 'FAILED')
       ORDER BY p.document_id, p.number""")
  List<KeptFile> pagesWithoutImageDigest();

  @SqlUpdate("UPDATE pages SET image_sha256 = :sha256 WHERE document_id = :documentId AND number = :page AND image_sha256 IS NULL")
  void recordImageDigest(@Bind("documentId") long documentId, @Bind("page") int page, @Bind("sha256") String sha256);

  @SqlUpdate("""
      INSERT INTO fixity_checks (started_at, finished_at, files_checked, images_checked, problems)
      VALUES (:startedAt, :finishedAt, :filesChecked, :imagesChecked, CAST(:problems AS jsonb))""")
  void record(@Bind("startedAt") Instant startedAt, @Bind("finishedAt") Instant finishedAt,
      @Bind("filesChecked") int filesChecked, @Bind("imagesChecked") int imagesChecked, @Bind("problems") String problems);

  @SqlQuery("""
      SELECT started_at, finished_at, files_checked, images_checked, problems::text AS problems
        FROM fixity_checks ORDER BY id DESC LIMIT 1""")
  Optional<Check> last();
}
