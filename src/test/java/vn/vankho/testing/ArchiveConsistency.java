package vn.vankho.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.vankho.index.ArchiveIndex;
import vn.vankho.index.SearchIndex;
import vn.vankho.store.FileStore;

/**
 * The check every fault test ends with, once the server has had time to finish what it was given: no document
 * lost or doubled (each file offered is one document, the one the server answered with, its original kept, read
 * by one job that finished once), the committed index and the database agree (the same ids, each once, at the
 * rows' versions) and the server answers searches with them.
 */
public final class ArchiveConsistency {
  private static final Duration SETTLE_TIMEOUT = Duration.ofMinutes(2);
  /** How much of the server's log a failure shows, in characters. */
  private static final int LOG_SHOWN = 4000;

  private ArchiveConsistency() {}

  /** A file offered to the archive; {@code word} (may be null) finds it and nothing else. */
  public record Offered(String fileName, byte[] bytes, String word) {
    String sha256() {
      try {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** A document as the database holds it. */
  private record Row(long id, String sha256, String status, int version, Integer indexedVersion, int jobs,
      int jobsDone) {}

  /**
   * Checks the archive of {@code server} (running) against the files {@code offered}, every one of them answered
   * at last, and {@code answered}: the document id the server gave each file name it answered.
   */
  public static void check(ServerProcess server, List<Offered> offered, Map<String, Long> answered)
      throws IOException, SQLException {
    try {
      checkOrThrow(server, offered, answered);
    } catch (AssertionError e) {
      String log = server.log();
      throw new AssertionError(e.getMessage() + "\nthe server's log ends:\n"
          + log.substring(Math.max(0, log.length() - LOG_SHOWN)), e);
    }
  }

  private static void checkOrThrow(ServerProcess server, List<Offered> offered, Map<String, Long> answered)
      throws IOException, SQLException {
    Map<Long, Row> rows = settledRows(server.databaseUrl());
    Map<String, Row> bySha = rows.values().stream().collect(Collectors.toMap(Row::sha256, r -> r));
    assertEquals(offered.size(), rows.size(), "one document per file offered, none lost, none doubled");
    for (Offered file : offered) {
      Row row = bySha.get(file.sha256());
      assertTrue(row != null, file.fileName() + " was lost");
      Long id = answered.get(file.fileName());
      assertTrue(id == null || id == row.id(), file.fileName() + " was answered as document " + id + " but is " + row.id());
      assertEquals("DONE", row.status(), file.fileName() + " is read");
      assertEquals(1, row.jobs(), file.fileName() + " has one job");
      assertEquals(1, row.jobsDone(), file.fileName() + " was finished once");
      Path original = KeptOriginals.in(server.data(), row.sha256());
      assertTrue(Files.exists(original) && file.sha256().equals(FileStore.sha256Of(original)),
          file.fileName() + ": its original is kept whole");
      assertEquals(row.version(), row.indexedVersion(), file.fileName() + " is marked indexed at its version");
    }
    Map<Long, Integer> entries = new TreeMap<>();
    try (ArchiveIndex index = ArchiveIndex.openForSearching(server.data().resolve("index"))) {
      for (SearchIndex.Entry entry : index.entries()) {
        assertEquals(null, entries.put(entry.id(), entry.version()), "document " + entry.id() + " is in the index twice");
      }
    }
    Map<Long, Integer> expected = new TreeMap<>();
    rows.values().forEach(row -> expected.put(row.id(), row.version()));
    assertEquals(expected, entries, "the committed index holds every document at its row's version, and no other");
    for (Offered file : offered) {
      if (file.word() != null) {
        assertEquals(List.of(bySha.get(file.sha256()).id()), server.searchIds(file.word()),
            "the server finds " + file.fileName() + " by its word");
      }
    }
  }

  /** The documents once every job has ended and the index has caught up with every row. */
  private static Map<Long, Row> settledRows(String databaseUrl) throws SQLException {
    Instant deadline = Instant.now().plus(SETTLE_TIMEOUT);
    try (Connection db = DriverManager.getConnection(databaseUrl); Statement sql = db.createStatement()) {
      while (true) {
        try (ResultSet open = sql.executeQuery("""
            SELECT (SELECT count(*) FROM jobs WHERE status IN ('QUEUED', 'RUNNING'))
                 + (SELECT count(*) FROM documents WHERE indexed_version IS DISTINCT FROM version)""")) {
          open.next();
          if (open.getLong(1) == 0 || Instant.now().isAfter(deadline)) {
            break;
          }
        }
        ServerProcess.sleep(250);
      }
      Map<Long, Row> rows = new HashMap<>();
      try (ResultSet result = sql.executeQuery("""
          SELECT d.id, d.sha256, d.status, d.version, d.indexed_version,
                 count(j.id) AS jobs, count(j.id) FILTER (WHERE j.status = 'DONE') AS jobs_done
            FROM documents d LEFT JOIN jobs j ON j.document_id = d.id
           GROUP BY d.id""")) {
        while (result.next()) {
          rows.put(result.getLong("id"), new Row(result.getLong("id"), result.getString("sha256"),
              result.getString("status"), result.getInt("version"), (Integer) result.getObject("indexed_version"),
              result.getInt("jobs"), result.getInt("jobs_done")));
        }
      }
      return rows;
    }
  }
}
