package vn.vankho.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.index.ArchiveIndex;
import vn.vankho.ingest.ocr.PageRendering;
import vn.vankho.ingest.ocr.SamplePages;
import vn.vankho.testing.ArchiveConsistency;
import vn.vankho.testing.ArchiveConsistency.Offered;
import vn.vankho.testing.NumberedNotes;
import vn.vankho.testing.ServerProcess;

/**
 * {@code vankho serve} and {@code vankho reindex} in child JVMs, killed with kill -9 while they import, rebuild the
 * index and commit it, and the PostgreSQL they use stopped and started under load. Each fault ends with the same
 * check ({@link ArchiveConsistency}). One archive for the class: each fault starts from the consistent archive the
 * last check left, so that the whole suite stays within a few minutes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessFaultTest {
  private static final int KILLS_IN_COMMITS = 2;
  @TempDir static Path root;

  private EmbeddedPostgres postgres;
  private int databasePort;
  private ServerProcess server;
  private final List<Offered> offered = new ArrayList<>();
  private final Map<String, Long> answered = new ConcurrentHashMap<>();
  private int nextNote;

  @BeforeAll
  void startArchive() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      databasePort = socket.getLocalPort();
    }
    postgres = startDatabase();
    server = ServerProcess.start(root.resolve("data"), "jdbc:postgresql://localhost:" + databasePort + "/postgres?user=postgres");
    assertEquals(Set.of(), uploadNotes(20, new AtomicInteger()));
    ArchiveConsistency.check(server, offered, answered);
  }

  @AfterAll
  void stopArchive() throws IOException {
    if (server != null) {
      server.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void killedDuringImportItLosesNothingAndTakesBackAtOnceTheJobItWasReading() throws Exception {
    Offered scan = new Offered("ban-quet.pdf",
        Files.readAllBytes(PageRendering.writePdf(root.resolve("scan.pdf"), PageRendering.samplePages(3, SamplePages.Quality.CLEAN))),
        null);
    offered.add(scan);
    JsonNode scanAnswer = server.upload(scan.fileName(), scan.bytes());
    answered.put(scan.fileName(), scanAnswer.get("id").asLong());
    long scanJob = scanAnswer.get("jobId").asLong();

    awaitTrue(Duration.ofSeconds(90), () -> pagesDone(scanJob) >= 1);
    // killed with uploads in flight, at the latest while the scan's last page is read
    Set<Offered> unanswered = uploadNotesAndKill(40, answers -> answers >= 10 || pagesDone(scanJob) >= 2);
    String heldBy = leaseOwner(scanJob);
    assertTrue(heldBy != null, "the scan was being read when the server was killed");

    server.startAgain();
    Instant restarted = Instant.now();
    awaitTrue(Duration.ofSeconds(90), () -> !heldBy.equals(leaseOwner(scanJob)));
    Duration takenBackAfter = Duration.between(restarted, Instant.now());
    System.out.println("the job the killed server was reading was taken back " + takenBackAfter.toMillis()
        + " ms after the restarted server answered");
    assertTrue(takenBackAfter.toSeconds() < 20,
        "the job the killed server held was taken back after " + takenBackAfter + ", not when its lease ran out");

    offerAgain(unanswered);
    ArchiveConsistency.check(server, offered, answered);
  }

  /** The old rebuild committed an empty index first: killed then, search stayed empty for good. */
  @Test
  void killedDuringReindexTheCommittedIndexStaysWhole() throws Exception {
    server.stop();
    Set<Long> read = readDocuments();
    long[] delaysMillis = {0, 150, 400};
    int killsMidway = 0;
    for (int kill = 1; kill <= delaysMillis.length; kill++) {
      String log = "reindex-" + kill;
      Process reindex = ServerProcess.command(server.data(), server.databaseUrl(), log, "reindex");
      awaitTrue(Duration.ofSeconds(60), () -> server.log(log).contains("rebuilding the search index") || !reindex.isAlive());
      Thread.sleep(delaysMillis[kill - 1]);
      reindex.destroyForcibly().waitFor();
      if (!server.log(log).contains("reindexed")) {
        killsMidway++;
      }
      assertEquals(read, committedEntries(),
          "the committed index after a kill " + delaysMillis[kill - 1] + " ms into the rebuild");
    }
    System.out.println("kills that landed before the rebuild ended: " + killsMidway + " of " + delaysMillis.length);
    assertTrue(killsMidway > 0, "at least one kill landed during the rebuild");
    server.startAgain();
    ArchiveConsistency.check(server, offered, answered);
  }

  /**
   * A kill the moment a commit of the index begins (Lucene's pending_segments file appears), several times, while
   * small documents make commits frequent.
   */
  @Test
  void killedDuringIndexCommitsTheIndexIsRepaired() throws Exception {
    Path index = server.data().resolve("index");
    int killsInCommit = 0;
    Set<Offered> unanswered = new HashSet<>();
    for (int kill = 0; kill < KILLS_IN_COMMITS; kill++) {
      unanswered.addAll(uploadNotesAndKill(15, answers -> committing(index)));
      if (committing(index)) {
        killsInCommit++;
      }
      server.startAgain();
    }
    System.out.println("kills that landed inside an index commit: " + killsInCommit + " of " + KILLS_IN_COMMITS);
    assertTrue(killsInCommit > 0, "at least one kill landed inside a commit");
    offerAgain(unanswered);
    ArchiveConsistency.check(server, offered, answered);
  }

  @Test
  void theDatabaseStoppedAndStartedUnderLoadLosesNothing() throws Exception {
    AtomicBoolean underLoad = new AtomicBoolean(true);
    AtomicInteger searches = new AtomicInteger();
    AtomicInteger searchesRefused = new AtomicInteger();
    Thread searcher = new Thread(() -> {
      while (underLoad.get()) {
        try {
          server.searchIds("biên bản");
          searches.incrementAndGet();
        } catch (IOException refused) {
          searchesRefused.incrementAndGet();
        }
      }
    });
    Set<Offered> refused = ConcurrentHashMap.newKeySet();
    AtomicInteger uploaded = new AtomicInteger();
    Thread uploads = new Thread(() -> refused.addAll(uploadNotes(30, uploaded)));
    searcher.start();
    uploads.start();
    awaitTrue(Duration.ofSeconds(60), () -> uploaded.get() >= 5);
    postgres.close();
    Thread.sleep(3000);
    postgres = startDatabase();
    uploads.join();
    underLoad.set(false);
    searcher.join();
    System.out.println("while the database restarted: " + refused.size() + " of 30 uploads refused, "
        + searchesRefused.get() + " of " + (searches.get() + searchesRefused.get()) + " searches refused");
    assertTrue(server.alive(), "the server outlived its database's restart");
    awaitTrue(Duration.ofSeconds(30), () -> {
      try {
        return server.searchIds(NumberedNotes.word(0)).size() == 1;
      } catch (IOException notYet) {
        return false;
      }
    });
    offerAgain(refused);
    ArchiveConsistency.check(server, offered, answered);
  }

  /**
   * Uploads the next {@code count} notes from two threads and kills the server when {@code killWhen} holds of the
   * answers so far (or after a minute), uploads in flight; returns the notes that got no answer.
   */
  private Set<Offered> uploadNotesAndKill(int count, IntPredicate killWhen) throws InterruptedException {
    Set<Offered> unanswered = ConcurrentHashMap.newKeySet();
    AtomicInteger answers = new AtomicInteger();
    Thread uploads = new Thread(() -> unanswered.addAll(uploadNotes(count, answers)));
    uploads.start();
    Instant deadline = Instant.now().plusSeconds(60);
    while (!killWhen.test(answers.get()) && Instant.now().isBefore(deadline)) {
      Thread.onSpinWait();
    }
    server.kill();
    uploads.join();
    return unanswered;
  }

  /** Uploads the next {@code count} notes from two threads, counting answers; returns those that got none. */
  private Set<Offered> uploadNotes(int count, AtomicInteger answers) {
    List<Offered> notes = new ArrayList<>();
    synchronized (offered) {
      for (int i = 0; i < count; i++, nextNote++) {
        notes.add(new Offered(NumberedNotes.fileName(nextNote), NumberedNotes.bytes(nextNote), NumberedNotes.word(nextNote)));
      }
      offered.addAll(notes);
    }
    Set<Offered> unanswered = ConcurrentHashMap.newKeySet();
    unanswered.addAll(notes);
    Stream.of(0, 1).parallel().forEach(half -> {
      for (int i = half; i < notes.size(); i += 2) {
        Offered note = notes.get(i);
        try {
          answered.put(note.fileName(), server.upload(note.fileName(), note.bytes()).get("id").asLong());
          unanswered.remove(note);
          answers.incrementAndGet();
        } catch (IOException refusedOrCut) {
          // the server is down or its database is: the note is offered again later
        }
      }
    });
    return unanswered;
  }

  /** Offers again the files that got no answer: each is accepted, or a duplicate of the one kept before the fault. */
  private void offerAgain(Set<Offered> unanswered) throws IOException {
    for (Offered file : unanswered) {
      JsonNode answer = server.upload(file.fileName(), file.bytes());
      assertTrue(Set.of("accepted", "duplicate").contains(answer.get("status").asText()), answer.toString());
      answered.put(file.fileName(), answer.get("id").asLong());
    }
  }

  private EmbeddedPostgres startDatabase() throws IOException {
    return EmbeddedPostgres.builder().setPort(databasePort).setDataDirectory(root.resolve("postgres"))
        .setCleanDataDirectory(false).setPGStartupWait(Duration.ofSeconds(60)).start();
  }

  /** True while Lucene writes a commit: the next segments file exists under its pending name. */
  private static boolean committing(Path index) {
    try (Stream<Path> files = Files.list(index)) {
      return files.anyMatch(f -> f.getFileName().toString().startsWith("pending_segments"));
    } catch (IOException e) {
      return false;
    }
  }

  private Set<Long> committedEntries() {
    Set<Long> ids = new HashSet<>();
    try (ArchiveIndex index = ArchiveIndex.openForSearching(server.data().resolve("index"))) {
      index.entries().forEach(entry -> ids.add(entry.id()));
    }
    return ids;
  }

  private Set<Long> readDocuments() throws SQLException {
    Set<Long> ids = new HashSet<>();
    query("SELECT id FROM documents WHERE status = 'DONE'", result -> ids.add(result.getLong(1)));
    return ids;
  }

  private int pagesDone(long jobId) {
    int[] pages = {0};
    queryQuietly("SELECT pages_done FROM jobs WHERE status = 'RUNNING' AND id = " + jobId, r -> pages[0] = r.getInt(1));
    return pages[0];
  }

  private String leaseOwner(long jobId) {
    String[] owner = {null};
    queryQuietly("SELECT lease_owner FROM jobs WHERE id = " + jobId, r -> owner[0] = r.getString(1));
    return owner[0];
  }

  private interface RowReader {
    void read(ResultSet row) throws SQLException;
  }

  private void query(String sql, RowReader reader) throws SQLException {
    try (Connection db = DriverManager.getConnection(server.databaseUrl()); Statement statement = db.createStatement();
         ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        reader.read(result);
      }
    }
  }

  private void queryQuietly(String sql, RowReader reader) {
    try {
      query(sql, reader);
    } catch (SQLException databaseDown) {
      // asked again at the next look
    }
  }

  private static void awaitTrue(Duration timeout, BooleanSupplier condition) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (!condition.getAsBoolean()) {
      assertTrue(Instant.now().isBefore(deadline), "waited " + timeout + " in vain");
      Thread.sleep(20);
    }
  }
}
