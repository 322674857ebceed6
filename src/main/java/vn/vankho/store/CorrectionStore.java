package vn.vankho.store;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import vn.vankho.model.Document;
import vn.vankho.model.Field;
import vn.vankho.model.Provenance;
import vn.vankho.model.Refusal;

/**
 * Archivists' corrections of a document's fields, and where each field's value came from (the reading or an
 * archivist), which the next reading respects.
 */
public final class CorrectionStore {
  private final Jdbi jdbi;

  public CorrectionStore(Database database) {
    this.jdbi = database.jdbi();
  }

  /**
   * Sets a field to the value an archivist gave, marks it as theirs so that no later reading
   * overwrites it, and writes the change to the audit log, in one transaction.
   */
  public Document correct(long id, Correction correction, String actor) {
    return jdbi.inTransaction(h -> {
      DocumentDao documents = h.attach(DocumentDao.class);
      Document before = documents.find(id).orElseThrow(() -> Refusal.NO_DOCUMENT.of(id));
      Field field = correction.field();
      Object value = correction.columnValue();
      h.createUpdate("UPDATE documents SET " + FieldColumn.of(field) + " = :value, version = version + 1, updated_at = now()"
              + " WHERE id = :id")
          .bindByType("value", value, value == null ? Object.class : value.getClass())
          .bind("id", id)
          .execute();
      if (field == Field.NUMBER) {
        h.createUpdate("UPDATE documents SET number_keys = :keys, number_printed = number WHERE id = :id")
            .bind("keys", correction.numberKeys().toArray(String[]::new)).bind("id", id).execute();
      }
      h.attach(FieldDao.class).recordCorrection(id, field.name(), actor);
      Document after = documents.find(id).orElseThrow();
      h.attach(AuditDao.class).record(actor, "correct", id, field.jsonName(), FieldValues.of(before, field),
          FieldValues.of(after, field));
      return after;
    });
  }

  public List<Provenance> provenance(long id) {
    return jdbi.withExtension(FieldDao.class, dao -> dao.provenance(id));
  }
}
