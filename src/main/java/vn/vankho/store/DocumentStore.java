package vn.vankho.store;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import vn.vankho.model.Document;
import vn.vankho.model.DocumentStatus;
import vn.vankho.model.Page;
import vn.vankho.model.Job;
import vn.vankho.model.Reason;
import vn.vankho.model.StoredFile;

/**
 * The documents and their pages in PostgreSQL, changed only in whole transactions: a document is kept with
 * its first job and the upload's audit entry, or not at all. Pages are saved with their job's end, in
 * {@link JobQueue#saveReading}.
 */
public final class DocumentStore {
  private final Jdbi jdbi;

  public DocumentStore(Database database) {
    this.jdbi = database.jdbi();
  }

  /** What keeping a file's record came to. */
  public record Kept(long documentId, Long jobId, boolean duplicate) {}

  /**
   * Records a kept original, queues it to be read and writes the upload to the audit log, all or nothing; the same
   * bytes again give the existing document (and the upload is still logged). New bytes take one statement, which is
   * all or nothing on its own, run without a transaction around it: the transaction's end was a second round trip
   * for every upload (#18).
   */
  public Kept keep(StoredFile file, String fileName, String mediaType, String actor, String origin) {
    Optional<Kept> kept = jdbi.withExtension(IntakeDao.class, dao -> dao.keepNew(file.sha256(), fileName, mediaType,
        file.size(), Job.READ, actor, origin));
    return kept.orElseGet(() -> jdbi.inTransaction(h -> {
      long id = h.attach(DocumentDao.class).idBySha256(file.sha256()).orElseThrow();
      h.attach(AuditDao.class).recordFrom(actor, "upload", id, null, fileName, origin);
      return new Kept(id, null, true);
    }));
  }

  /** Flags a document whose original was found damaged; it stays as it was read, and is listed for review. */
  public void flagDamaged(long id) {
    jdbi.useExtension(DocumentDao.class, dao -> dao.flag(id, Reason.CHECKSUM_MISMATCH.code()));
  }

  /**
   * After a good copy of a damaged original was put back: clears the flag, reads the document again
   * if its reading had failed for it, and writes the repair to the audit log. Returns the new job, if any.
   */
  public Optional<Long> repaired(long id, String actor, String origin, String fileName) {
    return jdbi.inTransaction(h -> {
      DocumentDao documents = h.attach(DocumentDao.class);
      Document document = documents.find(id).orElseThrow();
      h.attach(AuditDao.class).recordFrom(actor, "repair original", id, null, fileName, origin);
      if (!Reason.CHECKSUM_MISMATCH.code().equals(document.failureReason())) {
        return Optional.empty();
      }
      if (document.status() != DocumentStatus.FAILED) {
        documents.flag(id, null);
        return Optional.empty();
      }
      documents.markQueued(id);
      return Optional.of(h.attach(JobDao.class).enqueue(id, Job.READ));
    });
  }

  public Optional<Document> find(long id) {
    return jdbi.withExtension(DocumentDao.class, dao -> dao.find(id));
  }

  /** The document kept from the bytes whose SHA-256 is {@code sha256}, if they were ever imported. */
  public Optional<Long> idOfContent(String sha256) {
    return jdbi.withExtension(DocumentDao.class, dao -> dao.idBySha256(sha256));
  }

  /** The newest documents of the {@code readable} levels of secrecy (codes). */
  public List<Document> recent(int limit, int offset, String[] readable) {
    return jdbi.withExtension(DocumentDao.class, dao -> dao.recent(limit, offset, readable));
  }

  /** The documents an archivist should look at, of the {@code readable} levels of secrecy (codes). */
  public List<Document> needingReview(int limit, String[] readable) {
    return jdbi.withExtension(DocumentDao.class, dao -> dao.needingReview(limit, readable));
  }

  public List<Page> pages(long documentId) {
    return jdbi.withExtension(PageDao.class, dao -> dao.pages(documentId));
  }

  /** The documents of {@code ids} that exist, by id: one query for them all. */
  public Map<Long, Document> findAll(Collection<Long> ids) {
    List<Document> found = jdbi.withExtension(DocumentDao.class, dao -> dao.findAll(array(ids)));
    return found.stream().collect(Collectors.toMap(Document::id, Function.identity()));
  }

  /** The pages of each of {@code documentIds} that has any, in order: one query for them all. */
  public Map<Long, List<Page>> pagesOf(Collection<Long> documentIds) {
    List<PageDao.DocumentPage> pages = jdbi.withExtension(PageDao.class, dao -> dao.pagesOf(array(documentIds)));
    return pages.stream().collect(Collectors.groupingBy(PageDao.DocumentPage::documentId, LinkedHashMap::new,
        Collectors.mapping(PageDao.DocumentPage::page, Collectors.toList())));
  }

  static long[] array(Collection<Long> ids) {
    return ids.stream().mapToLong(Long::longValue).toArray();
  }
}
