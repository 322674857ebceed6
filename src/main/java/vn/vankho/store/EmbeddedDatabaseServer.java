package vn.vankho.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A PostgreSQL server kept in a folder of the archive's data directory, started from Maven-packaged
 * binaries. A second process of the archive (the command line while the server runs) finds the
 * running server through its postmaster.pid and connects to it instead of starting another. As root,
 * the library runs PostgreSQL inside {@code unshare -U}, since initdb refuses to run as root.
 *
 * <p>The server asks every connection, on its socket and over TCP, for the superuser's password
 * (scram-sha-256). The password is made on the first start and kept beside the server's folder, in
 * {@code <folder>.password} (data/postgres.password), readable by its owner alone: the second process reads
 * it there. A folder made before the archive had passwords is given one at its next start.
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {
  private static final String SUPERUSER = "postgres";
  private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
  /** How long to wait for another process that holds the folder while it starts or stops its server. */
  private static final Duration LOCK_WAIT = Duration.ofSeconds(30);
  private static final String PASSWORD_REQUIRED = """
      # Written by Văn Khố: every connection gives the superuser's password, kept beside this folder.
      local all all scram-sha-256
      host all all 127.0.0.1/32 scram-sha-256
      host all all ::1/128 scram-sha-256
      """;

  private final String jdbcUrl;
  private final EmbeddedPostgres owned;

  private EmbeddedDatabaseServer(String jdbcUrl, EmbeddedPostgres owned) {
    this.jdbcUrl = jdbcUrl;
    this.owned = owned;
  }

  /** Connects to the server already running on {@code dataDirectory}, or starts one there. */
  public static EmbeddedDatabaseServer startOrAttach(Path dataDirectory) {
    return startOrAttach(dataDirectory, LOCK_WAIT);
  }

  /**
   * As {@link #startOrAttach(Path)}; while another process holds the folder without a server to attach to
   * (it is starting or stopping one), waits up to {@code lockWait} for either, then fails saying so.
   */
  static EmbeddedDatabaseServer startOrAttach(Path dataDirectory, Duration lockWait) {
    long giveUp = System.nanoTime() + lockWait.toNanos();
    try {
      Files.createDirectories(dataDirectory);
      while (true) {
        Optional<Integer> running = runningPort(dataDirectory);
        if (running.isPresent()) {
          return new EmbeddedDatabaseServer(url(running.get(), existingPassword(dataDirectory)), null);
        }
        try {
          return start(dataDirectory);
        } catch (IllegalStateException e) {
          if (!heldByAnother(e)) {
            throw e;
          }
          if (System.nanoTime() > giveUp) {
            throw new IllegalStateException("another process is using the archive's database in " + dataDirectory
                + " (it has been starting or stopping it for " + lockWait.toSeconds() + " seconds): wait until that"
                + " command ends and try again, or leave `vankho serve` running, since the command line works"
                + " beside a running server", e);
          }
          Thread.sleep(500);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + dataDirectory, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the archive's database", e);
    }
  }

  /** The library's only sign that another process holds the folder (or this one, on another thread). */
  private static boolean heldByAnother(IllegalStateException e) {
    return e instanceof OverlappingFileLockException
        || (e.getMessage() != null && e.getMessage().startsWith("could not lock"));
  }

  private static EmbeddedDatabaseServer start(Path dataDirectory) throws IOException {
    Path passwordFile = passwordFile(dataDirectory);
    String password = passwordOf(passwordFile);
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setDataDirectory(dataDirectory)
        .setCleanDataDirectory(false)
        .setServerConfig("synchronous_commit", "on")
        .setLocaleConfig("locale", "C.UTF-8")
        .setConnectConfig("password", password)
        .setPGStartupWait(Duration.ofSeconds(60));
    if (!Files.exists(dataDirectory.resolve("postgresql.conf"))) {
      // the library hands its "locale" settings to initdb as --name=value; these two make the superuser's
      // password and require it from the first moment, so a new server is never open
      builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", passwordFile.toString());
    }
    EmbeddedPostgres postgres = builder.start();
    try {
      requirePassword(postgres, dataDirectory, password);
    } catch (IOException | SQLException | RuntimeException e) {
      postgres.close();
      throw new IllegalStateException("cannot make the archive's database ask for its password", e);
    }
    return new EmbeddedDatabaseServer(url(postgres.getPort(), Optional.of(password)), postgres);
  }

  /**
   * Makes the running server ask for the password from now on, unless it already does: a folder made
   * before passwords has none and lets in anyone on the machine.
   */
  private static void requirePassword(EmbeddedPostgres postgres, Path dataDirectory, String password)
      throws IOException, SQLException {
    Path hba = dataDirectory.resolve("pg_hba.conf");
    if (Files.readString(hba, StandardCharsets.UTF_8).equals(PASSWORD_REQUIRED)) {
      return;
    }
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("ALTER ROLE " + SUPERUSER + " PASSWORD '" + password + "'"); // base64url: no quote to escape
      Files.writeString(hba, PASSWORD_REQUIRED, StandardCharsets.UTF_8);
      s.execute("SELECT pg_reload_conf()");
    }
  }

  /** The JDBC URL of the server's default database. */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /** Where the superuser's password of the server in {@code dataDirectory} is kept. */
  static Path passwordFile(Path dataDirectory) {
    return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".password");
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

  private static String url(int port, Optional<String> password) {
    return "jdbc:postgresql://localhost:" + port + "/postgres?user=" + SUPERUSER
        + password.map(p -> "&password=" + p).orElse("");
  }

  /** The kept password, made (owner-only) if there is none yet; made before the server first needs it. */
  private static String passwordOf(Path file) throws IOException {
    if (!Files.exists(file)) {
      byte[] random = new byte[24];
      new SecureRandom().nextBytes(random);
      Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".part",
          PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      Files.writeString(partial, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
      try {
        Files.move(partial, file); // never replaces: a process that made one first wins
      } catch (FileAlreadyExistsException madeByAnother) {
        Files.delete(partial);
      }
    }
    Files.setPosixFilePermissions(file, OWNER_ONLY);
    return Files.readString(file, StandardCharsets.UTF_8).strip();
  }

  /** The password of a running server; none when an older version started it, before passwords. */
  private static Optional<String> existingPassword(Path dataDirectory) throws IOException {
    Path file = passwordFile(dataDirectory);
    return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()) : Optional.empty();
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
