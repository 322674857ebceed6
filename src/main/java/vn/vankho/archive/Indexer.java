package vn.vankho.archive;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vankho.index.SearchIndex;
import vn.vankho.index.IndexedDocument;
import vn.vankho.model.Document;
import vn.vankho.model.DocumentStatus;
import vn.vankho.model.Page;
import vn.vankho.store.DocumentDao.DocumentVersion;
import vn.vankho.store.DocumentDao.IndexState;
import vn.vankho.store.AwardStore;
import vn.vankho.store.DocumentStore;
import vn.vankho.store.IndexLedger;

/**
 * Brings the index up to the database: every document whose row changed since it was last indexed
 * is put (if read) or removed (if not). Workers in any process only change rows; the one process
 * that holds the index catches up, so workers can run anywhere.
 *
 * <p>The database's marks ("indexed as of version N") are written only after the index commit they
 * describe, so a crash between the two makes the index newer than its marks, which the next catch-up
 * repairs by putting the same entries again. What the marks cannot show (an index lost, restored from an
 * older copy, or emptied by a crash of an older version's rebuild) the check at start finds.
 */
final class Indexer {
  private static final Logger LOG = LoggerFactory.getLogger(Indexer.class);
  private static final int BATCH = 200;
  /** Rows read at once when going through every document (a check or a rebuild). */
  private static final int SCAN_BATCH = 5000;
  /** How many ids a log line names before it only counts. */
  private static final int IDS_LOGGED = 20;

  private final DocumentStore documents;
  private final IndexLedger ledger;
  private final AwardStore awards;
  private final SearchIndex index;
  /** When the last commit of a catch-up ended ({@link System#nanoTime()}), for the pacing of commits; none: long ago. */
  private volatile long lastCommit = System.nanoTime() - TimeUnit.HOURS.toNanos(1);

  Indexer(DocumentStore documents, IndexLedger ledger, AwardStore awards, SearchIndex index) {
    this.documents = documents;
    this.ledger = ledger;
    this.awards = awards;
    this.index = index;
  }

  /** Indexes everything that lags; returns how many documents it touched. */
  synchronized int catchUp() {
    int touched = 0;
    for (List<DocumentVersion> batch; !(batch = ledger.awaitingIndex(BATCH)).isEmpty(); ) {
      putOrRemove(batch);
      index.commit();
      lastCommit = System.nanoTime();
      ledger.markIndexed(batch);
      touched += batch.size();
    }
    return touched;
  }

  /** How long ago a catch-up last committed (an hour, if none has). */
  long millisSinceCommit() {
    return (System.nanoTime() - lastCommit) / 1_000_000;
  }

  /** Takes destroyed documents out of the index at once (their rows are gone, so no catch-up would). */
  synchronized void remove(List<Long> ids) {
    ids.forEach(index::remove);
    index.commit();
  }

  /**
   * Builds the index again from the database, in one commit: until it, searches and a restart after a crash
   * see the index as it was, never an empty or half-built one. Returns how many documents it went through.
   */
  synchronized int rebuild() {
    LOG.info("rebuilding the search index from the database, in one commit");
    index.clear();
    List<DocumentVersion> all = new ArrayList<>();
    for (List<IndexState> batch; !(batch = ledger.indexStates(lastId(all), SCAN_BATCH)).isEmpty(); ) {
      List<DocumentVersion> read = new ArrayList<>();
      for (IndexState state : batch) {
        DocumentVersion row = new DocumentVersion(state.id(), state.version());
        if (state.done()) {
          read.add(row);
        }
        all.add(row);
      }
      for (int from = 0; from < read.size(); from += BATCH) {
        putOrRemove(read.subList(from, Math.min(read.size(), from + BATCH)));
      }
    }
    index.commit();
    for (int from = 0; from < all.size(); from += SCAN_BATCH) {
      ledger.markIndexed(all.subList(from, Math.min(all.size(), from + SCAN_BATCH)));
    }
    catchUp(); // rows that changed meanwhile
    return all.size();
  }

  /**
   * Compares the committed index with the database's rows and marks, repairs what differs, logs what it
   * repaired, then catches up. A document whose mark says it is indexed must have its entry at that version if
   * it is read; an entry for an id with no row, or there twice, must go.
   */
  synchronized IndexCheck checkAndCatchUp() {
    Map<Long, Integer> entries = new HashMap<>();
    Set<Long> doubled = new LinkedHashSet<>();
    for (SearchIndex.Entry entry : index.entries()) {
      if (entries.put(entry.id(), entry.version()) != null) {
        doubled.add(entry.id());
      }
    }
    List<Long> missing = new ArrayList<>();
    List<Long> stale = new ArrayList<>();
    long last = 0;
    for (List<IndexState> batch; !(batch = ledger.indexStates(last, SCAN_BATCH)).isEmpty(); ) {
      for (IndexState state : batch) {
        Integer entryVersion = entries.remove(state.id());
        if (!state.markedCurrent() || doubled.contains(state.id())) {
          continue; // the catch-up puts it anyway
        }
        if (entryVersion == null && state.done()) {
          missing.add(state.id());
        } else if (entryVersion != null && entryVersion != state.version()) {
          stale.add(state.id());
        }
      }
      last = batch.get(batch.size() - 1).id();
    }
    IndexCheck check = new IndexCheck(missing, stale, List.copyOf(doubled), List.copyOf(entries.keySet()));
    repair(check);
    catchUp();
    return check;
  }

  private void repair(IndexCheck check) {
    if (check.agrees()) {
      LOG.info("index check: the search index agrees with the database");
      return;
    }
    List<Long> again = new ArrayList<>(check.missing());
    again.addAll(check.stale());
    again.addAll(check.doubled());
    ledger.forgetIndexed(again);
    check.ghosts().forEach(index::remove);
    index.commit();
    LOG.warn("index check: the search index did not agree with the database; repaired {} documents missing from "
            + "the index {}, {} out of date {}, {} there twice {}, {} entries without a document {}",
        check.missing().size(), some(check.missing()), check.stale().size(), some(check.stale()),
        check.doubled().size(), some(check.doubled()), check.ghosts().size(), some(check.ghosts()));
  }

  /** What the check at start found: ids missing from the index, out of date, there twice, and without a row. */
  record IndexCheck(List<Long> missing, List<Long> stale, List<Long> doubled, List<Long> ghosts) {
    boolean agrees() {
      return missing.isEmpty() && stale.isEmpty() && doubled.isEmpty() && ghosts.isEmpty();
    }
  }

  /**
   * Puts each row's document if it is read, removes it otherwise; the documents, their pages and their campaigns are
   * read for the whole batch in one query each, not three queries a document (DocumentStore.find alone was 3.8% of the
   * CPU of importing 100 texts).
   */
  private void putOrRemove(List<DocumentVersion> rows) {
    Map<Long, Document> found = documents.findAll(rows.stream().map(DocumentVersion::id).toList());
    List<Long> read = found.values().stream().filter(d -> d.status() == DocumentStatus.DONE).map(Document::id).toList();
    Map<Long, List<Page>> pages = documents.pagesOf(read);
    Map<Long, List<String>> campaigns = awards.campaignNamesOf(read);
    for (DocumentVersion row : rows) {
      Document document = found.get(row.id());
      if (document != null && document.status() == DocumentStatus.DONE) {
        index.put(IndexedDocument.of(document, row.version(), pages.getOrDefault(row.id(), List.of()),
            campaigns.getOrDefault(row.id(), List.of())));
      } else {
        index.remove(row.id());
      }
    }
  }

  private static long lastId(List<DocumentVersion> rows) {
    return rows.isEmpty() ? 0 : rows.get(rows.size() - 1).id();
  }

  private static String some(List<Long> ids) {
    return ids.size() <= IDS_LOGGED ? ids.toString() : ids.subList(0, IDS_LOGGED) + " …";
  }
}
