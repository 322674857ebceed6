package vn.vankho.store;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import vn.vankho.model.Document;

/** The documents table. */
@RegisterConstructorMapper(Document.class)
public interface DocumentDao {
  /** A document's row as {@link Document} names its parts: the model's names are the API's, not the columns'. */
  String DOCUMENT = "*, size_bytes AS size, type_code AS type, issue_date AS date";

  @SqlQuery("SELECT id FROM documents WHERE sha256 = :sha256")
  Optional<Long> idBySha256(@Bind("sha256") String sha256);

  @SqlQuery("SELECT " + DOCUMENT + " FROM documents WHERE id = :id")
  Optional<Document> find(@Bind("id") long id);

  @SqlQuery("SELECT " + DOCUMENT + " FROM documents WHERE id = ANY(:ids)")
  List<Document> findAll(@Bind("ids") long[] ids);

  /** Marks the document changed, so that the indexer puts it again (its campaigns changed, say). */
  @SqlUpdate("UPDATE documents SET version = version + 1, updated_at = now() WHERE id = :id")
  void touch(@Bind("id") long id);

  @SqlQuery("SELECT " + DOCUMENT
      + " FROM documents WHERE secrecy = ANY (:readable) ORDER BY id DESC LIMIT :limit OFFSET :offset")
  List<Document> recent(@Bind("limit") int limit, @Bind("offset") int offset, @Bind("readable") String[] readable);

  /** Documents with a page that reading could not trust, or a read one whose original was found damaged, newest first. */
  @SqlQuery("SELECT " + DOCUMENT + " FROM documents d " + """
       WHERE (EXISTS (SELECT 1 FROM pages p WHERE p.document_id = d.id AND p.needs_review)
              OR (d.status = 'DONE' AND d.failure_reason IS NOT NULL))
         AND d.secrecy = ANY (:readable)
       ORDER BY d.id DESC LIMIT :limit""")
  List<Document> needingReview(@Bind("limit") int limit, @Bind("readable") String[] readable);

  /** Notes a problem with a document that stays as it is (its original was found damaged). */
  @SqlUpdate("UPDATE documents SET failure_reason = :reason, updated_at = now() WHERE id = :id")
  void flag(@Bind("id") long id, @Bind("reason") String reason);

  @SqlUpdate("""
      UPDATE documents SET status = 'FAILED', failure_reason = :reason, version = version + 1, updated_at = now()
      WHERE id = :id""")
  void markFailed(@Bind("id") long id, @Bind("reason") String reason);

  /** Documents whose search entry lags behind their row, oldest first. */
  @SqlQuery("""
      SELECT id, version FROM documents WHERE indexed_version IS DISTINCT FROM version ORDER BY id LIMIT :limit""")
  @RegisterConstructorMapper(DocumentVersion.class)
  List<DocumentVersion> awaitingIndex(@Bind("limit") int limit);

  /** Queues a document to be read again, e.g. after the reading rules improved. */
  @SqlUpdate("UPDATE documents SET status = 'QUEUED', updated_at = now() WHERE id = :id")
  void markQueued(@Bind("id") long id);

  /** Records that the index holds document {@code ids[i]} as of its version {@code versions[i]}. */
  @SqlUpdate("""
      UPDATE documents d SET indexed_version = v.version
        FROM unnest(:ids, :versions) AS v(id, version)
       WHERE d.id = v.id""")
  void markIndexed(@Bind("ids") long[] ids, @Bind("versions") int[] versions);

  /** Forgets what was indexed of these documents, so that the next catch-up indexes them again. */
  @SqlUpdate("UPDATE documents SET indexed_version = NULL WHERE id = ANY(:ids)")
  void forgetIndexed(@Bind("ids") long[] ids);

  /** What the index should hold of every document after {@code afterId}, in id order. */
  @SqlQuery("""
      SELECT id, version, indexed_version, status = 'DONE' AS done
        FROM documents WHERE id > :afterId ORDER BY id LIMIT :limit""")
  @RegisterConstructorMapper(IndexState.class)
  List<IndexState> indexStates(@Bind("afterId") long afterId, @Bind("limit") int limit);

  /** A document id with the version of its row. */
  record DocumentVersion(long id, int version) {}

  /**
   * A document as the index should know it: the version of its row, the version the index was last told it
   * holds (null: none), and whether it is read (only read documents have an entry).
   */
  record IndexState(long id, int version, Integer indexedVersion, boolean done) {
    /** True when the database says the index is up to date with this row. */
    public boolean markedCurrent() {
      return indexedVersion != null && indexedVersion == version;
    }
  }
}
