package vn.vankho.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vankho.ingest.FieldReview;
import vn.vankho.model.Document;
import vn.vankho.model.Refusal;
import vn.vankho.store.AuditLog;
import vn.vankho.store.DocumentStore;
import vn.vankho.store.FileStore;
import vn.vankho.store.PageImageStore;

/**
 * The archived documents as a reader may see them: the one door every read of a document goes through, the lists
 * of them, the view of one, its original, its page and field images and the tree of documents implementing it.
 * A document above the reader's clearance is not found, exactly as a missing one; a classified one found or listed
 * is written to the audit log (who, which document, through what, from where).
 */
public final class Documents {
  private static final Logger LOG = LoggerFactory.getLogger(Documents.class);

  private final DocumentStore documents;
  private final AuditLog auditLog;
  private final FileStore files;
  private final PageImageStore pageImages;
  private final Arrangement arrangement;
  private final DocumentViews views;
  private final ImplementationTree implementation;

  Documents(DocumentStore documents, AuditLog auditLog, FileStore files, PageImageStore pageImages,
      Arrangement arrangement, DocumentViews views, ImplementationTree implementation) {
    this.documents = documents;
    this.auditLog = auditLog;
    this.files = files;
    this.pageImages = pageImages;
    this.arrangement = arrangement;
    this.views = views;
    this.implementation = implementation;
  }

  /** The one door every read of a document goes through: the document, if it exists for {@code reader}. */
  public Optional<Document> find(long id, Reader reader) {
    Optional<Document> found = documents.find(id).filter(reader::sees);
    found.ifPresent(d -> listed(List.of(d), reader));
    return found;
  }

  /** The document imported from a file with these very bytes, if there is one. */
  public Optional<Long> ofContent(Path file) throws IOException {
    return documents.idOfContent(FileStore.sha256Of(file));
  }

  /** The newest documents that exist for {@code reader}. */
  public List<Document> recent(int limit, int offset, Reader reader) {
    return listed(documents.recent(limit, offset, reader.readable()), reader);
  }

  /**
   * Documents with a page an archivist should look at (read poorly even after OCR, or not at all) that exist for
   * {@code reader}.
   */
  public List<Document> needingReview(int limit, Reader reader) {
    return listed(documents.needingReview(limit, reader.readable()), reader);
  }

  /** The documents of a file that exist for {@code reader}, the oldest first. */
  public List<Document> ofFile(long fileId, Reader reader) {
    return listed(arrangement.documentsOf(fileId, reader), reader);
  }

  /** A list shows each document's number and title: a classified one listed is read, and audited as a read. */
  private List<Document> listed(List<Document> shown, Reader reader) {
    shown.stream().filter(d -> d.secrecy().classified()).forEach(d ->
        auditLog.recordRead(d.id(), d.secrecy().name(), reader.actor(), reader.origin(), reader.path()));
    return shown;
  }

  public Optional<DocumentView> view(long id, Reader reader) {
    return find(id, reader).map(d -> views.view(d, reader));
  }

  public Optional<ImplementationTree.View> implementation(long id, Reader reader) {
    return find(id, reader).map(root -> implementation.of(root, reader));
  }

  /** Throws {@link Refusal#NO_DOCUMENT} unless the document exists for {@code reader}. */
  void require(long id, Reader reader) {
    if (find(id, reader).isEmpty()) {
      throw Refusal.NO_DOCUMENT.of(id);
    }
  }

  /**
   * The original bytes of a document, once their SHA-256 was checked (and checked again while they are read). A
   * damaged original flags the document for review and throws: it is never served as if it were the original.
   */
  public InputStream original(Document document) throws IOException {
    requireIntact(document);
    return files.open(document.sha256());
  }

  /** Throws {@link DamagedOriginalException}, and flags the document, when its original no longer matches. */
  void requireIntact(Document document) throws IOException {
    if (!files.intact(document.sha256())) {
      LOG.error("the original of document {} ({}) no longer matches its SHA-256", document.id(), document.sha256());
      documents.flagDamaged(document.id());
      throw new DamagedOriginalException(document.id());
    }
  }

  /**
   * Where the image of a scanned page is kept, if the page was read from a picture and the document exists for
   * {@code reader}.
   */
  public Optional<Path> pageImage(long documentId, int pageNumber, Reader reader) {
    return find(documentId, reader).flatMap(d -> pageImages.find(d.id(), pageNumber));
  }

  /**
   * The image of a field flagged for review ("number", "date"), cut out of the document's first page, if one was
   * kept and the document exists for {@code reader}; empty for a name that is not a field.
   */
  public Optional<Path> fieldImage(long documentId, String field, Reader reader) {
    return Arrays.stream(FieldReview.Field.values()).map(FieldCrops::name).filter(field::equals).findFirst()
        .flatMap(name -> find(documentId, reader).flatMap(d -> pageImages.findField(d.id(), name)));
  }
}
