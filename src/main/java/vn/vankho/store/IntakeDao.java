package vn.vankho.store;

import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/**
 * The statement that keeps a new upload ({@link DocumentStore#keep}), alone in its DAO: each time a transaction
 * attaches a DAO, Jdbi makes a handler for every one of its methods, and the three an upload attached (34 methods)
 * were two thirds of its keeping's CPU.
 */
public interface IntakeDao {

  /**
   * Inserts a document for new bytes, queues its first job and writes the upload to the audit log, in one round
   * trip; empty (and nothing written) when the same bytes are already archived.
   */
  @SqlQuery("""
      WITH document AS (INSERT INTO documents (sha256, file_name, media_type, size_bytes)
                        VALUES (:sha256, :fileName, :mediaType, :size)
                        ON CONFLICT (sha256) DO NOTHING
                        RETURNING id),
           job AS (INSERT INTO jobs (document_id, kind) SELECT id, :kind FROM document RETURNING id, document_id),
           logged AS (INSERT INTO audit_log (actor, action, document_id, after, origin)
                      SELECT :actor, 'upload', id, :fileName, :origin FROM document)
      SELECT document_id, id AS job_id, false AS duplicate FROM job""")
  @RegisterConstructorMapper(DocumentStore.Kept.class)
  Optional<DocumentStore.Kept> keepNew(@Bind("sha256") String sha256, @Bind("fileName") String fileName,
      @Bind("mediaType") String mediaType, @Bind("size") long size, @Bind("kind") String jobKind,
      @Bind("actor") String actor, @Bind("origin") String origin);
}
