package vn.vankho.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL asks for a password that only the archive's owner can read, a second process
 * of the archive finds both the server and the password, and a folder another process holds says so.
 */
class EmbeddedDatabaseServerTest {
  @TempDir Path data;

  @Test
  void aConnectionWithoutThePasswordIsRefusedAndThePasswordFileIsOwnerOnly() throws Exception {
    Path folder = data.resolve("postgres");
    try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.startOrAttach(folder)) {
      assertEquals("rw-------", PosixFilePermissions.toString(
          Files.getPosixFilePermissions(EmbeddedDatabaseServer.passwordFile(folder))));
      assertEquals(1, selectOne(server.jdbcUrl()));
      assertRefused(withoutPassword(server.jdbcUrl()));
      assertRefused(server.jdbcUrl().replaceFirst("password=[^&]*", "password=guessed"));
    }
  }

  @Test
  void aFolderMadeBeforePasswordsKeepsItsDataAndAsksForAPasswordFromItsNextStart() throws Exception {
    Path folder = data.resolve("postgres");
    try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(folder).setCleanDataDirectory(false)
        .setPGStartupWait(Duration.ofSeconds(60)).start();
        Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE TABLE kept AS SELECT 1 AS one"); // the library's folders let anyone in: trust
    }
    try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.startOrAttach(folder)) {
      assertEquals(1, selectOne(server.jdbcUrl(), "SELECT one FROM kept"));
      assertRefused(withoutPassword(server.jdbcUrl()));
    }
    try (EmbeddedDatabaseServer again = EmbeddedDatabaseServer.startOrAttach(folder)) {
      assertEquals(1, selectOne(again.jdbcUrl(), "SELECT one FROM kept"));
    }
  }

  @Test
  void aSecondProcessAttachesToTheRunningServerWithThePassword() throws Exception {
    Path folder = data.resolve("postgres");
    try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.startOrAttach(folder)) {
      Process other = java(Attach.class, folder.toString());
      String answer = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      assertTrue(other.waitFor(2, TimeUnit.MINUTES));
      assertEquals(0, other.exitValue(), answer);
      assertEquals(server.jdbcUrl(), answer.lines().reduce((a, b) -> b).orElse(""), "the same server, not a second one");
      assertEquals(1, selectOne(server.jdbcUrl()), "and the other process's end left it running");
    }
  }

  @Test
  void aFolderHeldByAnotherProcessSaysSoAndWhatToDo() throws Exception {
    Path folder = initialised();
    Process holder = java(HoldLock.class, folder.resolve("epg-lock").toString());
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
      assertEquals("locked", out.readLine());

      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> EmbeddedDatabaseServer.startOrAttach(folder, Duration.ofSeconds(1)));
      assertTrue(e.getMessage().startsWith("another process is using the archive's database in " + folder), e.getMessage());
      assertTrue(e.getMessage().contains("wait until that command ends and try again, or leave `vankho serve` running"),
          e.getMessage());
    } finally {
      holder.destroy();
      holder.waitFor(30, TimeUnit.SECONDS);
    }
    try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.startOrAttach(folder, Duration.ofSeconds(1))) {
      assertEquals(1, selectOne(server.jdbcUrl()), "once the other process has let go, the folder starts");
    }
  }

  @Test
  void aStartWaitsForTheProcessThatHoldsTheFolderToLetGo() throws Exception {
    Path folder = initialised();
    Process holder = java(HoldLock.class, folder.resolve("epg-lock").toString());
    BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
    assertEquals("locked", out.readLine());
    Thread release = new Thread(() -> {
      try {
        Thread.sleep(2000);
      } catch (InterruptedException ignored) {
        Thread.currentThread().interrupt();
      }
      holder.destroy();
    });
    release.start();
    try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.startOrAttach(folder, Duration.ofMinutes(1))) {
      assertEquals(1, selectOne(server.jdbcUrl()));
    } finally {
      release.join();
    }
  }

  /** A folder with a stopped server in it: what two commands of the archive start from. */
  private Path initialised() {
    Path folder = data.resolve("postgres");
    EmbeddedDatabaseServer.startOrAttach(folder).close();
    return folder;
  }

  private static String withoutPassword(String url) {
    return url.replaceFirst("&password=[^&]*", "");
  }

  private static int selectOne(String url) throws SQLException {
    return selectOne(url, "SELECT 1");
  }

  private static int selectOne(String url, String query) throws SQLException {
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static void assertRefused(String url) {
    SQLException e = assertThrows(SQLException.class, () -> selectOne(url), url);
    String message = String.valueOf(e.getMessage());
    assertTrue(message.contains("password"), message);
  }

  private static Process java(Class<?> main, String argument) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), main.getName(), argument)
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  /** Another process of the archive: attaches to the folder's server, asks it something, prints its URL. */
  static final class Attach {
    public static void main(String[] args) throws Exception {
      try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.startOrAttach(Path.of(args[0]))) {
        selectOne(server.jdbcUrl());
        System.out.println(server.jdbcUrl());
      }
    }
  }

  /** Another process holding the folder, as one does while it starts or stops its server; until killed. */
  static final class HoldLock {
    public static void main(String[] args) throws Exception {
      try (RandomAccessFile file = new RandomAccessFile(args[0], "rw"); FileLock lock = file.getChannel().lock()) {
        System.out.println("locked");
        System.out.flush();
        Thread.sleep(Duration.ofMinutes(10).toMillis());
      }
    }
  }
}
