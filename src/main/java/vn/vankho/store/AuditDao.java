package vn.vankho.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import vn.vankho.model.AuditEntry;

/** Who changed what, when, from what to what. Only ever appended to. */
@RegisterConstructorMapper(AuditEntry.class)
public interface AuditDao {

  @SqlUpdate("""
      INSERT INTO audit_log (actor, action, document_id, field, before, after)
      VALUES (:actor, :action, :documentId, :field, :before, :after)""")
  void record(@Bind("actor") String actor, @Bind("action") String action, @Bind("documentId") Long documentId,
      @Bind("field") String field, @Bind("before") String before, @Bind("after") String after);

  @SqlUpdate("""
      INSERT INTO audit_log (actor, action, document_id, before, after, origin)
      VALUES (:actor, :action, :documentId, :before, :after, :origin)""")
  void recordFrom(@Bind("actor") String actor, @Bind("action") String action, @Bind("documentId") Long documentId,
      @Bind("before") String before, @Bind("after") String after, @Bind("origin") String origin);

  /** A read of a classified document: its level in {@code field}, the path it was read through in {@code after}. */
  @SqlUpdate("""
      INSERT INTO audit_log (actor, action, document_id, field, after, origin)
      VALUES (:actor, 'read', :documentId, :level, :path, :origin)""")
  void recordRead(@Bind("actor") String actor, @Bind("documentId") long documentId, @Bind("level") String level,
      @Bind("path") String path, @Bind("origin") String origin);

  @SqlQuery("SELECT * FROM audit_log ORDER BY id DESC LIMIT :limit")
  List<AuditEntry> recent(@Bind("limit") int limit);

  @SqlQuery("SELECT * FROM audit_log WHERE document_id = :id ORDER BY id")
  List<AuditEntry> forDocument(@Bind("id") long documentId);
}
