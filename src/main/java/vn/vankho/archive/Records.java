package vn.vankho.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.vankho.model.AuditEntry;
import vn.vankho.model.Document;
import vn.vankho.model.RecordFile;
import vn.vankho.model.Refusal;
import vn.vankho.store.AuditLog;
import vn.vankho.store.Database;
import vn.vankho.store.FileStore;
import vn.vankho.store.PageImageStore;

/**
 * Keeping the records whole and accountable: the audit trail, the fixity of every kept file, backups, and the
 * hand-over package of a file.
 */
public final class Records {
  private final Database database;
  private final FileStore files;
  private final PageImageStore pageImages;
  private final AuditLog auditLog;
  private final FixityCheck fixity;
  private final Arrangement arrangement;
  private final Documents documents;

  Records(Database database, FileStore files, PageImageStore pageImages, AuditLog auditLog, FixityCheck fixity,
      Arrangement arrangement, Documents documents) {
    this.database = database;
    this.files = files;
    this.pageImages = pageImages;
    this.auditLog = auditLog;
    this.fixity = fixity;
    this.arrangement = arrangement;
    this.documents = documents;
  }

  public List<AuditEntry> audit(int limit) {
    return auditLog.audit(limit);
  }

  /**
   * Writes a backup into {@code folder} (empty or new) while the archive runs: the database from one snapshot,
   * the originals and page images its records name, and a manifest with their checksums.
   */
  public BackupReport backup(Path folder) throws IOException {
    return Backup.write(database, files, pageImages, folder);
  }

  /** Checks every kept original and page image against its SHA-256, and records what it found. */
  public FixityReport verify() {
    return fixity.run();
  }

  /** The last fixity check recorded, by this process or another ({@code vankho verify}). */
  public Optional<FixityReport> lastVerify() {
    return fixity.last();
  }

  /**
   * Writes the hand-over package (E-ARK SIP) of the file with code {@code fileCode} into {@code folder}; returns
   * the package's folder. A damaged original stops it (and is flagged), as when it is downloaded.
   */
  public Path export(String fileCode, Path folder, String actor) throws IOException {
    RecordFile file = arrangement.fileByCode(fileCode).filter(f -> f.destroyedAt() == null)
        .orElseThrow(() -> Refusal.NO_FILE.of(fileCode));
    List<SubmissionPackage.Item> items = new ArrayList<>();
    for (Document document : arrangement.documentsOf(file.id())) {
      documents.requireIntact(document);
      items.add(new SubmissionPackage.Item(document, () -> files.open(document.sha256()),
          auditLog.history(document.id())));
    }
    Path written = SubmissionPackage.write(file, items, folder, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    auditLog.recordExport(file.code(), written.toString(), actor);
    return written;
  }
}
