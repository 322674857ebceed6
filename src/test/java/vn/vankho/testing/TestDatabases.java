package vn.vankho.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import vn.vankho.store.EmbeddedDatabaseServer;

/**
 * One real PostgreSQL for the whole test run, and a fresh, empty database in it for each test that
 * asks. Set VANKHO_TEST_DATABASE_URL (a server where the user may create databases) to test against
 * an external server instead of the embedded one.
 */
public final class TestDatabases {
  private static final AtomicInteger COUNTER = new AtomicInteger();
  private static String serverUrl;

  private TestDatabases() {}

  /** The JDBC URL of a new empty database. */
  public static synchronized String freshDatabase() {
    String server = server();
    String name = "vankho_test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
    try (Connection c = DriverManager.getConnection(server); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database", e);
    }
    return server.replaceFirst("/postgres\\?", "/" + name + "?");
  }

  private static String server() {
    if (serverUrl == null) {
      String external = System.getenv("VANKHO_TEST_DATABASE_URL");
      if (external != null && !external.isBlank()) {
        serverUrl = external;
      } else {
        try {
          Path folder = Files.createTempDirectory("vankho-test-postgres");
          EmbeddedDatabaseServer embedded = EmbeddedDatabaseServer.startOrAttach(folder.resolve("postgres"));
          Runtime.getRuntime().addShutdownHook(new Thread(embedded::close));
          serverUrl = embedded.jdbcUrl();
        } catch (java.io.IOException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    return serverUrl;
  }
}
