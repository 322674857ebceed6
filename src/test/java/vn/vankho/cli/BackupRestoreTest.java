package vn.vankho.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.archive.Archive;
import vn.vankho.archive.ArchiveSettings;
import vn.vankho.archive.DocumentView;
import vn.vankho.archive.IntakeResult;
import vn.vankho.archive.Json;
import vn.vankho.archive.Reader;
import vn.vankho.archive.Uploader;
import vn.vankho.index.SearchHit;
import vn.vankho.index.SearchRequest;
import vn.vankho.model.Document;
import vn.vankho.model.Field;
import vn.vankho.model.Job;
import vn.vankho.testing.NumberedNotes;
import vn.vankho.testing.Samples;
import vn.vankho.testing.ServerProcess;
import vn.vankho.testing.TestDatabases;
import vn.vankho.testing.TestFiles;

/**
 * A backup taken by {@code vankho backup} while a real server process imports documents, restored by {@code vankho
 * restore} into an empty folder: the same documents, fields, corrections, awards and search results.
 */
class BackupRestoreTest {
  private static final Uploader TEST = Uploader.account("luutru", "127.0.0.1");
  private static final String CORRECTED_SUBJECT = "Thực hiện Chỉ thị số 41-CT/TW về thi đua, khen thưởng (đã sửa)";
  private static final List<String> QUERIES = List.of("Bằng khen", "kế hoạch", "41-CT/TW", "thi đua", "biên bản",
      "Người tốt việc tốt", "Đam Rông");

  @TempDir Path root;

  @Test
  void aBackupTakenWhileImportsRunRestoresToTheSameDocumentsCorrectionsAwardsAndSearchResults() throws Exception {
    Path source = root.resolve("source");
    String sourceDb = TestDatabases.freshDatabase();
    long decisionId;
    long planId;
    try (Archive archive = Archive.open(ArchiveSettings.of(source, sourceDb).withWorkers(1))) {
      archive.startProcessing();
      decisionId = importAndWait(archive, "qd-512-ubnd-2025.txt", resource("/eval/docs/qd-512-ubnd-2025.txt"));
      assertTrue(archive.awards().confirmAllProposed(decisionId, "luutru").awards() > 0, "the decision's awards confirmed");
      planId = importAndWait(archive, "kh229.pdf", TestFiles.pdf(List.of(Samples.PLAN)));
      archive.corrections().correct(planId, Field.SUBJECT, CORRECTED_SUBJECT, Reader.commandLine("test", "luutru"));
    }

    Path backup = root.resolve("backup");
    Set<Long> answeredBeforeBackup;
    Set<Long> uploaded = ConcurrentHashMap.newKeySet();
    try (ServerProcess server = ServerProcess.start(source, sourceDb)) {
      AtomicBoolean backupDone = new AtomicBoolean();
      ExecutorService uploader = Executors.newSingleThreadExecutor();
      Future<Integer> uploads = uploader.submit(() -> {
        int n = 0;
        int afterBackup = 0;
        while (afterBackup < 3) {
          uploaded.add(server.upload(NumberedNotes.fileName(n), NumberedNotes.bytes(n)).get("id").asLong());
          n++;
          afterBackup += backupDone.get() ? 1 : 0;
        }
        return n;
      });
      awaitTrue(() -> uploaded.size() >= 4, "the first uploads are answered");
      answeredBeforeBackup = Set.copyOf(uploaded);
      Process backing = ServerProcess.command(source, sourceDb, "backup", "backup", backup.toString());
      assertTrue(backing.waitFor(3, TimeUnit.MINUTES), "the backup ends");
      backupDone.set(true);
      assertEquals(0, backing.exitValue(), server.log("backup"));
      int notes = uploads.get(3, TimeUnit.MINUTES);
      uploader.shutdown();
      assertTrue(server.log("backup").contains("backed up into"), server.log("backup"));
      awaitTrue(() -> server.searchIds(NumberedNotes.word(notes - 1)).size() == 1
          && server.searchIds(NumberedNotes.word(0)).size() == 1, "the server has read every note");

      CommandRun refused = CommandRun.of(source, TestDatabases.freshDatabase(), "restore", backup.toString());
      assertEquals(1, refused.code(), refused.out());
      assertTrue(refused.err().contains("the data folder " + source + " is not empty"), refused.err());

      Path restored = root.resolve("restored");
      String restoredDb = TestDatabases.freshDatabase();
      CommandRun restore = CommandRun.of(restored, restoredDb, "restore", backup.toString());
      assertEquals(0, restore.code(), restore.out() + restore.err());
      assertTrue(restore.out().contains("all intact"), restore.out());

      try (Archive copy = Archive.open(ArchiveSettings.of(restored, restoredDb).withWorkers(1));
          Archive original = Archive.open(ArchiveSettings.of(source, sourceDb))) {
        copy.startProcessing(); // documents the snapshot caught being read are read again here
        List<Long> jobs = copy.jobs().recent(1000, Reader.commandLine("test")).stream().map(Job::id).toList();
        copy.jobs().await(jobs, Duration.ofMinutes(3));

        Set<Long> restoredIds = copy.documents().recent(1000, 0, Reader.commandLine("test")).stream().map(Document::id)
            .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(restoredIds.containsAll(answeredBeforeBackup), "every document answered before the backup began");
        assertTrue(restoredIds.containsAll(List.of(decisionId, planId)));
        assertTrue(uploaded.containsAll(restoredIds.stream().filter(id -> id != decisionId && id != planId).toList()),
            "no document that was never uploaded");
        assertFalse(restoredIds.containsAll(uploaded), "the uploads after the snapshot are not in it: " + restoredIds);

        for (long id : restoredIds) {
          assertEquals(comparable(original.documents().view(id, Reader.commandLine("test")).orElseThrow()), comparable(copy.documents().view(id, Reader.commandLine("test")).orElseThrow()),
              "document " + id + ": fields, pages, corrections, awards, citations");
        }
        assertEquals(CORRECTED_SUBJECT, copy.documents().find(planId, Reader.commandLine("test")).orElseThrow().subject(), "the correction");
        assertEquals("archivist", copy.documents().view(planId, Reader.commandLine("test")).orElseThrow().provenance().get("subject").source());
        assertTrue(copy.documents().view(decisionId, Reader.commandLine("test")).orElseThrow().awards().stream().allMatch(a -> "confirmed".equals(a.status())),
            "the confirmed awards");
        assertTrue(copy.records().audit(10_000).stream().anyMatch(e -> e.action().equals("correct") && e.documentId() == planId),
            "the audit log");

        List<String> queries = new ArrayList<>(QUERIES);
        restoredIds.stream().filter(uploaded::contains).forEach(id ->
            queries.add(NumberedNotes.word(Integer.parseInt(copy.documents().find(id, Reader.commandLine("test")).orElseThrow().fileName()
                .replaceAll("\\D", "")))));
        for (String query : queries) {
          Set<Long> expected = ids(original, query);
          expected.retainAll(restoredIds);
          assertEquals(expected, ids(copy, query), "the same search results for " + query);
        }
        assertFalse(ids(copy, "Bằng khen").isEmpty(), "the searches compared find something");

        IntakeResult next = copy.intake().accept("moi.txt", new ByteArrayInputStream(NumberedNotes.bytes(10_000)), TEST);
        assertTrue(next.documentId() > restoredIds.stream().mapToLong(Long::longValue).max().orElseThrow(),
            "a new document after the restore gets a new id");
      }
    }
  }

  /**
   * The document as a reader sees it, less what reading it a second time changes (the restored archive reads again
   * the documents the snapshot caught being read): its jobs, when the machine read each field, and the ids of the
   * awards and campaign links still proposed, which each reading makes anew. What archivists decided stays whole.
   */
  private static JsonNode comparable(DocumentView view) {
    ObjectNode json = Json.mapper().valueToTree(view);
    json.remove("jobs");
    json.get("provenance").forEach(p -> {
      if (!"archivist".equals(p.get("source").asText())) {
        ((ObjectNode) p).remove("at");
      }
    });
    for (String proposals : List.of("awards", "campaigns")) {
      json.get(proposals).forEach(p -> {
        if ("proposed".equals(p.get("status").asText())) {
          ((ObjectNode) p).remove("id");
        }
      });
    }
    return json;
  }

  /** Every document the archive finds for {@code query}, page after page. */
  private static Set<Long> ids(Archive archive, String query) {
    Set<Long> ids = new TreeSet<>();
    for (int offset = 0; ; offset += SearchRequest.MAX_LIMIT) {
      List<SearchHit> hits = archive.search().find(new SearchRequest(query, SearchRequest.MAX_LIMIT, offset), Reader.commandLine("test")).hits();
      if (hits.isEmpty()) {
        return ids;
      }
      hits.forEach(hit -> ids.add(hit.id()));
    }
  }

  private static long importAndWait(Archive archive, String name, byte[] bytes) throws InterruptedException {
    IntakeResult result = archive.intake().accept(name, new ByteArrayInputStream(bytes), TEST);
    archive.jobs().await(List.of(result.jobId()), Duration.ofMinutes(2));
    return result.documentId();
  }

  private static byte[] resource(String name) throws Exception {
    try (InputStream in = BackupRestoreTest.class.getResourceAsStream(name)) {
      return in.readAllBytes();
    }
  }

  private interface Check {
    boolean holds() throws Exception;
  }

  private static void awaitTrue(Check check, String what) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (!check.holds()) {
      assertTrue(Instant.now().isBefore(deadline), "timed out waiting until " + what);
      Thread.sleep(200);
    }
  }
}
