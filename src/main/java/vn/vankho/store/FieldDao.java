package vn.vankho.store;

import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import vn.vankho.model.Provenance;

/** Where each field's value came from, and the corrections archivists made. */
@RegisterConstructorMapper(Provenance.class)
public interface FieldDao {

  @SqlQuery("""
      SELECT field, source, page, source_text, changed_by, changed_at
        FROM field_provenance WHERE document_id = :id ORDER BY field""")
  List<Provenance> provenance(@Bind("id") long documentId);

  @SqlUpdate("""
      INSERT INTO field_provenance (document_id, field, source, changed_by, changed_at)
      VALUES (:id, :field, 'ARCHIVIST', :actor, now())
      ON CONFLICT (document_id, field) DO UPDATE
         SET source = 'ARCHIVIST', page = NULL, source_text = NULL, changed_by = :actor, changed_at = now()""")
  void recordCorrection(@Bind("id") long documentId, @Bind("field") String field, @Bind("actor") String actor);
}
