package vn.vankho.store;

import java.util.List;
import org.jdbi.v3.core.Jdbi;
import vn.vankho.model.AuditEntry;

/**
 * The audit log: who did what, to which document, from where. The changes that are audited with a change of
 * records (an upload, a correction) write their entry in the same transaction, in their own store.
 */
public final class AuditLog {
  private final Jdbi jdbi;

  public AuditLog(Database database) {
    this.jdbi = database.jdbi();
  }

  /** Writes an upload turned away at the door to the audit log, with the reason's code. */
  public void recordRejectedUpload(String actor, String origin, String fileName, String reason) {
    jdbi.useExtension(AuditDao.class, dao -> dao.recordFrom(actor, "upload rejected", null, reason, fileName, origin));
  }

  /**
   * Records that {@code actor} read a classified document through {@code path} (a URL, a command), from
   * {@code origin}; the field column names the document's level.
   */
  public void recordRead(long id, String level, String actor, String origin, String path) {
    jdbi.useExtension(AuditDao.class, dao -> dao.recordRead(actor, id, level, path, origin));
  }

  /** A document's audit entries, the oldest first: its history, for a hand-over package's events. */
  public List<AuditEntry> history(long id) {
    return jdbi.withExtension(AuditDao.class, dao -> dao.forDocument(id));
  }

  /** Writes a hand-over of a file to the audit log. */
  public void recordExport(String fileCode, String target, String actor) {
    jdbi.useExtension(AuditDao.class, dao -> dao.record(actor, "export file", null, null, fileCode, target));
  }

  public List<AuditEntry> audit(int limit) {
    return jdbi.withExtension(AuditDao.class, dao -> dao.recent(limit));
  }
}
