package vn.vankho.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vankho.ingest.FileTypes;
import vn.vankho.model.Reason;
import vn.vankho.store.AuditLog;
import vn.vankho.store.DocumentStore;
import vn.vankho.store.FileStore;
import vn.vankho.text.Diacritics;

/**
 * The archive's one door, for the web, the API, the command line and the inbox alike: keeps the
 * original bytes, records the document, queues it to be read and writes the upload to the audit
 * log with who offered it and from where, then returns at once. The file's kind is judged by its
 * content while it waits in the store's incoming folder, so rejected bytes never enter the store.
 * Nothing half-done stays behind: the bytes are in place before the row that names them is committed.
 */
public final class Intake {
  private static final Logger LOG = LoggerFactory.getLogger(Intake.class);
  /** File names longer than this are cut; a real name never is, a hostile one may be. */
  private static final int MAX_FILE_NAME = 255;
  /** The longest ending kept as the extension when a name is cut (".docx", ".tiff", ".jpeg"). */
  private static final int MAX_EXTENSION = 10;

  private final FileStore files;
  private final DocumentStore documents;
  private final AuditLog audit;
  private final FileTypes types = new FileTypes();
  private final Runnable onAccepted;

  Intake(FileStore files, DocumentStore documents, AuditLog audit, Runnable onAccepted) {
    this.files = files;
    this.documents = documents;
    this.audit = audit;
    this.onAccepted = onAccepted;
  }

  /** Offers the bytes of {@code in}, which the uploader called {@code fileName}. */
  public IntakeResult accept(String fileName, InputStream in, Uploader from) {
    String name = displayName(fileName);
    IntakeResult result;
    try (FileStore.Received received = files.receive(in)) {
      result = judgeAndKeep(name, received, from);
    } catch (IOException e) {
      if (!DiskFull.causes(e)) {
        throw new UncheckedIOException("cannot keep " + name, e);
      }
      LOG.error("the file store's disk is full: {} was not kept", name);
      result = IntakeResult.rejected(name, Reason.DISK_FULL);
    }
    if (result.status() == IntakeResult.Status.REJECTED) {
      audit.recordRejectedUpload(from.actor(), from.origin(), name, result.reason().code());
    }
    return result;
  }

  /**
   * Writes to the audit log an upload the web server refused before it reached the door (over the
   * limit, malformed, the disk full while receiving it): its file name is not known then.
   */
  public void refused(Uploader from, Reason reason) {
    audit.recordRejectedUpload(from.actor(), from.origin(), null, reason.code());
  }

  /** Where bytes being uploaded wait; a web server writing uploads to disk writes them here. */
  public Path incomingFolder() {
    return files.incoming();
  }

  /** Offers a file from disk under its own name. */
  public IntakeResult accept(Path file, Uploader from) {
    try (InputStream in = Files.newInputStream(file)) {
      return accept(file.getFileName().toString(), in, from);
    } catch (IOException e) {
      LOG.warn("cannot read {}: {}", file, e.toString());
      String name = displayName(file.getFileName().toString());
      audit.recordRejectedUpload(from.actor(), from.origin(), name, Reason.CANNOT_READ_SOURCE.code());
      return IntakeResult.rejected(name, Reason.CANNOT_READ_SOURCE);
    }
  }

  private IntakeResult judgeAndKeep(String name, FileStore.Received received, Uploader from) throws IOException {
    if (received.file().size() == 0) {
      return IntakeResult.rejected(name, Reason.EMPTY);
    }
    String mediaType = types.detect(received.path(), name);
    if (FileTypes.supportedKind(mediaType).isEmpty()) {
      LOG.info("{} rejected: the archive does not read {}", name, mediaType);
      return IntakeResult.rejected(name, Reason.UNSUPPORTED_TYPE);
    }
    FileStore.Kept stored = files.keep(received);
    DocumentStore.Kept kept = documents.keep(stored.file(), name, mediaType, from.actor(), from.origin());
    if (kept.duplicate() && stored.repaired()) {
      LOG.warn("the damaged original of document {} was replaced by a good copy from {}", kept.documentId(),
          from.actor());
      Optional<Long> job = documents.repaired(kept.documentId(), from.actor(), from.origin(), name);
      job.ifPresent(j -> onAccepted.run());
      return new IntakeResult(name, IntakeResult.Status.REPAIRED, kept.documentId(), job.orElse(null), null);
    }
    if (kept.duplicate()) {
      return new IntakeResult(name, IntakeResult.Status.DUPLICATE, kept.documentId(), null, null);
    }
    onAccepted.run();
    return new IntakeResult(name, IntakeResult.Status.ACCEPTED, kept.documentId(), kept.jobId(), null);
  }

  /**
   * The name to show and record: NFC, no folder part (a browser or a hostile client may send
   * "../../x.pdf" or "C:\\x.pdf"), no control or direction-changing characters, bounded length with
   * the extension kept. It never names a file on disk: the store names files by digest.
   */
  static String displayName(String fileName) {
    String name = fileName == null ? "" : Diacritics.nfc(fileName);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = "unnamed";
    }
    if (name.length() <= MAX_FILE_NAME) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
    int cut = MAX_FILE_NAME - extension.length();
    if (Character.isHighSurrogate(name.charAt(cut - 1))) {
      cut--; // never split a character in two
    }
    return name.substring(0, cut) + extension;
  }
}
