package vn.vankho.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.vankho.archive.Accounts;
import vn.vankho.archive.Archive;
import vn.vankho.archive.ArchiveSettings;
import vn.vankho.cli.VankhoCommand;
import vn.vankho.model.Role;

/**
 * The archive's command line in a child JVM, as an operator runs it, for tests that kill it: {@code vankho
 * serve} on a free port, logged in as an archivist, or any other command. The child gets the test JVM's class
 * path and OMP_THREAD_LIMIT=1, and writes its output to a log in the data folder.
 */
public final class ServerProcess implements AutoCloseable {
  private static final String ARCHIVIST = "kiemthu";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Path data;
  private final String databaseUrl;
  private final int workers;
  private final Map<String, String> environment;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final ObjectMapper json = new ObjectMapper();
  private Process process;
  private int port;
  private String cookie;
  private String csrf;
  private int runs;

  private ServerProcess(Path data, String databaseUrl, int workers, Map<String, String> environment) {
    this.data = data;
    this.databaseUrl = databaseUrl;
    this.workers = workers;
    this.environment = environment;
  }

  /** Starts {@code vankho serve} with two workers on {@code data} and {@code databaseUrl}, and waits until it answers. */
  public static ServerProcess start(Path data, String databaseUrl) {
    return start(data, databaseUrl, 2);
  }

  /** Starts {@code vankho serve --workers workers} on {@code data} and {@code databaseUrl}, and waits until it answers. */
  public static ServerProcess start(Path data, String databaseUrl, int workers) {
    return start(data, databaseUrl, workers, Map.of());
  }

  /** As {@link #start(Path, String, int)}, with variables an operator sets, such as {@code VANKHO_STORE}. */
  public static ServerProcess start(Path data, String databaseUrl, int workers, Map<String, String> environment) {
    ServerProcess server = new ServerProcess(data, databaseUrl, workers, environment);
    server.logIn();
    server.startAgain();
    return server;
  }

  /** Starts the server again (after {@link #kill()} or {@link #stop()}) on the same data and a new port. */
  public void startAgain() {
    port = freePort();
    process = command(data, databaseUrl, environment, "serve-" + ++runs, "serve", "--port", Integer.toString(port),
        "--host", "127.0.0.1", "--workers", Integer.toString(workers), "--inbox", data.resolve("inbox").toString());
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (true) {
      try {
        if (get("/api/search?q=x").statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (!process.isAlive() || Instant.now().isAfter(deadline)) {
        throw new AssertionError("the server did not start; its log:\n" + log("serve-" + runs));
      }
      sleep(200);
    }
  }

  /** kill -9: no shutdown hook, no closing of the index or the database connections. */
  public void kill() {
    process.destroyForcibly();
    awaitExit(process);
  }

  /** Stops the server as an operator does, with its shutdown hook. */
  public void stop() {
    process.destroy();
    awaitExit(process);
  }

  public boolean alive() {
    return process.isAlive();
  }

  public Path data() {
    return data;
  }

  public String databaseUrl() {
    return databaseUrl;
  }

  /**
   * Starts another command of the archive on the same data in a child JVM; its output goes to
   * {@code <data>/<logName>.log}.
   */
  public static Process command(Path data, String databaseUrl, String logName, String... arguments) {
    return command(data, databaseUrl, Map.of(), logName, arguments);
  }

  /** As {@link #command(Path, String, String, String...)}, with variables an operator sets. */
  public static Process command(Path data, String databaseUrl, Map<String, String> environment, String logName,
      String... arguments) {
    List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8",
        "-cp", System.getProperty("java.class.path"), VankhoCommand.class.getName(),
        "--data", data.toString(), "--database-url", databaseUrl));
    line.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true)
        .redirectOutput(data.resolve(logName + ".log").toFile());
    TestOcr.limitToOneThread(builder.environment());
    builder.environment().putAll(environment);
    try {
      Files.createDirectories(data);
      return builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + line, e);
    }
  }

  /** What a command wrote to {@code <data>/<logName>.log}. */
  public String log(String logName) {
    try {
      return Files.readString(data.resolve(logName + ".log"));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** The log of the server's current run. */
  public String log() {
    return log("serve-" + runs);
  }

  public HttpResponse<String> get(String path) throws IOException {
    return send(request(path).GET());
  }

  /** GET of a JSON answer that must be 200. */
  public JsonNode getJson(String path) throws IOException {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new IOException("GET " + path + ": " + response.statusCode() + " " + response.body());
    }
    return json.readTree(response.body());
  }

  /** The server's answer to {@code q}: its hits' ids. */
  public List<Long> searchIds(String query) throws IOException {
    List<Long> ids = new ArrayList<>();
    getJson("/api/search?limit=50&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).get("hits")
        .forEach(hit -> ids.add(hit.get("id").asLong()));
    return ids;
  }

  /** Uploads one file through the API; the entry of its answer ({@code status}, {@code id}, {@code reason}). */
  public JsonNode upload(String fileName, byte[] content) throws IOException {
    String boundary = UUID.randomUUID().toString();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = send(request("/api/documents")
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .header("X-CSRF-Token", csrf)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    if (response.statusCode() / 100 != 2) {
      throw new IOException("upload of " + fileName + ": " + response.statusCode() + " " + response.body());
    }
    return json.readTree(response.body()).get(0);
  }

  @Override
  public void close() {
    if (process != null && process.isAlive()) {
      kill();
    }
  }

  /** An archivist's session, opened on the database the way the login form opens one. */
  private void logIn() {
    String password = UUID.randomUUID().toString();
    try (Archive archive = Archive.open(ArchiveSettings.of(data, databaseUrl))) {
      archive.accounts().addOrUpdate(ARCHIVIST, password, Role.ARCHIVIST);
      Accounts.Login login = archive.accounts().login(ARCHIVIST, password, "127.0.0.1");
      cookie = "vankho_session=" + login.token();
      csrf = login.session().csrfToken();
    }
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30))
        .header("Cookie", cookie);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static void awaitExit(Process process) {
    try {
      if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
