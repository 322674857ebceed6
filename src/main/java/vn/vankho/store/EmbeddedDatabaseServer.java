package vn.vankho.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A PostgreSQL server kept in a folder of the archive's data directory, started from Maven-packaged
 * binaries. A second process of the archive (the command line while the server runs) finds the
 * running server through its postmaster.pid and connects to it instead of starting another. As root,
 * the library runs PostgreSQL inside {@code unshare -U}, since initdb refuses to run as root.
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {
  private final String jdbcUrl;
  private final EmbeddedPostgres owned;

  private EmbeddedDatabaseServer(String jdbcUrl, EmbeddedPostgres owned) {
    this.jdbcUrl = jdbcUrl;
    this.owned = owned;
  }

  /** Connects to the server already running on {@code dataDirectory}, or starts one there. */
  public static EmbeddedDatabaseServer startOrAttach(Path dataDirectory) {
    try {
      Files.createDirectories(dataDirectory);
      Optional<Integer> running = runningPort(dataDirectory);
      if (running.isPresent()) {
        return new EmbeddedDatabaseServer(url(running.get()), null);
      }
      EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
          .setDataDirectory(dataDirectory)
          .setCleanDataDirectory(false)
          .setServerConfig("synchronous_commit", "on")
          .setLocaleConfig("locale", "C.UTF-8")
          .setPGStartupWait(Duration.ofSeconds(60));
      EmbeddedPostgres postgres = builder.start();
      return new EmbeddedDatabaseServer(url(postgres.getPort()), postgres);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDirectory, e);
    }
  }

  /** The JDBC URL of the server's default database. */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** Stops the server if this process started it; a server another process started keeps running. */
  @Override
  public void close() {
    if (owned != null) {
      try {
        owned.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String url(int port) {
    return "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres";
  }

  /** The port of a live server on this folder: postmaster.pid names its pid (line 1) and port (line 4). */
  private static Optional<Integer> runningPort(Path dataDirectory) throws IOException {
    Path pidFile = dataDirectory.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(pidFile);
    if (lines.size() < 4) {
      return Optional.empty();
    }
    int port = Integer.parseInt(lines.get(3).strip());
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("localhost", port), 1000);
      return Optional.of(port);
    } catch (IOException notListening) {
      return Optional.empty();
    }
  }
}
