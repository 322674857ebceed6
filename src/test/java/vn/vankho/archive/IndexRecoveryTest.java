package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.index.ArchiveIndex;
import vn.vankho.index.IndexedDocument;
import vn.vankho.index.SearchHit;
import vn.vankho.index.SearchRequest;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.testing.NumberedNotes;

/**
 * The index is derived from the database and must never stay behind it: not after a rebuild cut short, not
 * when the index on disk lost entries, kept stale ones or holds entries of documents that do not exist.
 */
class IndexRecoveryTest {
  @TempDir Path data;

  /** The state a crash of the old rebuild left: entries gone and committed, the database's marks untouched. */
  @Test
  void anIndexEmptiedBehindTheDatabasesBackIsFilledAgainAtStart() throws Exception {
    ArchiveSettings settings = ArchiveTestSupport.settings(data);
    List<Long> ids = importNotes(settings, 3);
    try (ArchiveIndex index = ArchiveIndex.openForWriting(data.resolve("index"))) {
      index.clear();
      index.commit();
    }
    try (Archive again = Archive.open(settings)) {
      again.startProcessing();
      for (int n = 0; n < ids.size(); n++) {
        assertEquals(List.of(ids.get(n)), hits(again, NumberedNotes.word(n)), "note " + n + " is found again");
      }
    }
  }

  @Test
  void staleEntriesAreMadeAgainAndEntriesWithoutADocumentRemovedAtStart() throws Exception {
    ArchiveSettings settings = ArchiveTestSupport.settings(data);
    List<Long> ids = importNotes(settings, 2);
    long ghost = ids.get(1) + 1000;
    try (ArchiveIndex index = ArchiveIndex.openForWriting(data.resolve("index"))) {
      index.put(entry(ids.get(0), "bản cũ lỗi thời"));  // an older entry, as an old copy of the index holds it
      index.put(entry(ghost, "bóng ma không hồ sơ"));     // a document this database never had
      index.commit();
    }
    try (Archive again = Archive.open(settings)) {
      again.startProcessing();
      assertEquals(List.of(), hits(again, "lỗi thời"));
      assertEquals(List.of(ids.get(0)), hits(again, NumberedNotes.word(0)));
      assertEquals(List.of(), hits(again, "bóng ma"));
      assertEquals(2, again.search().find(new SearchRequest("biên bản", 10, 0), Reader.commandLine("test")).total());
    }
  }

  /** A search in the server and one from the command line beside it, all through a rebuild. */
  @Test
  void searchesNeverSeeAnEmptyOrHalfBuiltIndexDuringARebuild() throws Exception {
    ArchiveSettings settings = ArchiveTestSupport.settings(data);
    int count = 60;
    List<Long> ids = importNotes(settings, count);
    try (Archive archive = Archive.open(settings)) {
      archive.startProcessing();
      AtomicBoolean rebuilding = new AtomicBoolean(true);
      AtomicInteger fewestInServer = new AtomicInteger(Integer.MAX_VALUE);
      AtomicInteger fewestBeside = new AtomicInteger(Integer.MAX_VALUE);
      AtomicInteger looks = new AtomicInteger();
      Thread watcher = new Thread(() -> {
        while (rebuilding.get()) {
          fewestInServer.accumulateAndGet((int) archive.search().find(new SearchRequest("biên bản", 1, 0), Reader.commandLine("test")).total(), Math::min);
          try (ArchiveIndex beside = ArchiveIndex.openForSearching(data.resolve("index"))) {
            fewestBeside.accumulateAndGet(beside.size(), Math::min);
          }
          looks.incrementAndGet();
        }
      });
      watcher.start();
      try {
        assertEquals(count, archive.reindex());
      } finally {
        rebuilding.set(false);
        watcher.join();
      }
      assertTrue(looks.get() > 1, "the searches ran during the rebuild");
      assertEquals(count, fewestInServer.get(), "fewest documents a search in the server found");
      assertEquals(count, fewestBeside.get(), "fewest entries the committed index held");
      assertEquals(List.of(ids.get(7)), hits(archive, NumberedNotes.word(7)));
    }
  }

  /** Imports {@code count} notes, read and indexed, and stops the archive; returns their ids in order. */
  private static List<Long> importNotes(ArchiveSettings settings, int count) throws InterruptedException {
    List<Long> ids = new ArrayList<>();
    List<Long> jobs = new ArrayList<>();
    try (Archive archive = Archive.open(settings)) {
      archive.startProcessing();
      for (int n = 0; n < count; n++) {
        IntakeResult accepted = ArchiveTestSupport.offer(archive, NumberedNotes.fileName(n), NumberedNotes.bytes(n));
        ids.add(accepted.documentId());
        jobs.add(accepted.jobId());
      }
      for (Job job : archive.jobs().await(jobs, Duration.ofMinutes(2))) {
        assertEquals(JobStatus.DONE, job.status());
      }
    }
    return ids;
  }

  private static IndexedDocument entry(long id, String text) {
    return new IndexedDocument(id, null, List.of(), List.of(), null, null, null, "cu.txt", "cũ", text, "", List.of(), 0, null, null);
  }

  private static List<Long> hits(Archive archive, String query) {
    return archive.search().find(new SearchRequest(query, 10, 0), Reader.commandLine("test")).hits().stream().map(SearchHit::id).toList();
  }
}
