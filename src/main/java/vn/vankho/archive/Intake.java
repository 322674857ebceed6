package vn.vankho.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.vankho.ingest.FileTypes;
import vn.vankho.model.StoredFile;
import vn.vankho.store.DocumentStore;
import vn.vankho.store.FileStore;
import vn.vankho.text.Diacritics;

/**
 * The archive's door: keeps the original bytes, records the document and queues it to be read, then
 * returns at once. The file's kind is judged by its content. Nothing half-done stays behind: the
 * bytes are in place before the row that names them is committed.
 */
public final class Intake {
  /** File names longer than this are cut; a real name never is, a hostile one may be. */
  private static final int MAX_FILE_NAME = 255;

  private final FileStore files;
  private final DocumentStore documents;
  private final FileTypes types = new FileTypes();
  private final Runnable onAccepted;

  Intake(FileStore files, DocumentStore documents, Runnable onAccepted) {
    this.files = files;
    this.documents = documents;
    this.onAccepted = onAccepted;
  }

  /** Offers the bytes of {@code in}, which the user called {@code fileName}. */
  public IntakeResult accept(String fileName, InputStream in) {
    String name = displayName(fileName);
    try {
      StoredFile stored = files.put(in);
      if (stored.sizeBytes() == 0) {
        return IntakeResult.rejected(name, "the file is empty");
      }
      String mediaType = types.detect(files.path(stored.sha256()), name);
      Optional<String> kind = FileTypes.supportedKind(mediaType);
      if (kind.isEmpty()) {
        return IntakeResult.rejected(name, "the archive does not read files of type " + mediaType
            + " (it reads " + FileTypes.supportedList() + ")");
      }
      DocumentStore.Kept kept = documents.keep(stored, name, mediaType);
      if (kept.duplicate()) {
        return new IntakeResult(name, IntakeResult.Status.DUPLICATE, kept.documentId(), null,
            "the same file is already archived as document " + kept.documentId());
      }
      onAccepted.run();
      return new IntakeResult(name, IntakeResult.Status.ACCEPTED, kept.documentId(), kept.jobId(), null);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep " + name, e);
    }
  }

  /** Offers a file from disk under its own name. */
  public IntakeResult accept(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return accept(file.getFileName().toString(), in);
    } catch (IOException e) {
      return IntakeResult.rejected(file.getFileName().toString(), "cannot read the file: " + e.getMessage());
    }
  }

  /**
   * The name to show and record: NFC, no folder part (a browser or a hostile client may send
   * "../../x.pdf" or "C:\\x.pdf"), no control characters, bounded length. It never names a file on
   * disk: the store names files by digest.
   */
  static String displayName(String fileName) {
    String name = fileName == null ? "" : Diacritics.nfc(fileName);
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = name.replaceAll("\\p{Cntrl}", "").strip();
    if (name.isEmpty() || name.equals(".") || name.equals("..")) {
      name = "unnamed";
    }
    return name.length() > MAX_FILE_NAME ? name.substring(0, MAX_FILE_NAME) : name;
  }
}
