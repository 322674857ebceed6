package vn.vankho.archive;

import java.util.List;
import java.util.Optional;
import vn.vankho.index.ArchiveIndex;
import vn.vankho.index.IndexedDocument;
import vn.vankho.model.Document;
import vn.vankho.model.DocumentStatus;
import vn.vankho.store.DocumentDao.DocumentVersion;
import vn.vankho.store.AwardStore;
import vn.vankho.store.DocumentStore;

/**
 * Brings the index up to the database: every document whose row changed since it was last indexed
 * is put (if read) or removed (if not). Workers in any process only change rows; the one process
 * that holds the index catches up, so workers can run anywhere.
 */
final class Indexer {
  private static final int BATCH = 200;

  private final DocumentStore documents;
  private final AwardStore awards;
  private final ArchiveIndex index;

  Indexer(DocumentStore documents, AwardStore awards, ArchiveIndex index) {
    this.documents = documents;
    this.awards = awards;
    this.index = index;
  }

  /** Indexes everything that lags; returns how many documents it touched. */
  synchronized int catchUp() {
    int touched = 0;
    for (List<DocumentVersion> batch; !(batch = documents.awaitingIndex(BATCH)).isEmpty(); ) {
      for (DocumentVersion entry : batch) {
        Optional<Document> document = documents.find(entry.id());
        if (document.isPresent() && document.get().status() == DocumentStatus.DONE) {
          index.put(IndexedDocument.of(document.get(), documents.pages(entry.id()),
              awards.campaignNamesOf(entry.id())));
        } else {
          index.remove(entry.id());
        }
      }
      index.commit();
      batch.forEach(entry -> documents.markIndexed(entry.id(), entry.version()));
      touched += batch.size();
    }
    return touched;
  }

  /** Empties the index and builds it again from the database. */
  synchronized int rebuild() {
    index.clear();
    index.commit();
    documents.forgetIndexed();
    return catchUp();
  }
}
