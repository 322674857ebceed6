package vn.vankho.web;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import vn.vankho.eval.SyntheticCorpus;

/**
 * A bounded load test of a real running server, on loopback: {@code --searchers} people searching (the
 * judged queries of the evaluation collection, each answered before the next, no pause) while
 * {@code --uploaders} archivists upload new documents one after another, for {@code --seconds}. Prints
 * search p50/p90/p99/max and every error; exits 1 when any request failed. Not a test of the suite: run it
 * by hand with {@code scripts/load-test}, which builds it (docs/benchmarks.md, "Load"):
 *
 * <pre>scripts/load-test --seconds 300 --searchers 20 --uploaders 2</pre>
 *
 * <p>By default it starts the server itself with {@code ./vankho serve} on a fresh data folder and a free
 * port, adds a reader and an archivist, and first imports the 33 documents of the evaluation collection and
 * {@code --seed} synthetic ones so that queries have something to rank. {@code --port P --user U --password W}
 * runs against a server already running on 127.0.0.1:P instead, as an archivist U.
 */
public final class SearchLoad {
  private static final Path EVAL = Path.of("src/test/resources/eval");
  private static final String READER = "load-reader";
  private static final String ARCHIVIST = "load-archivist";

  private final int seconds;
  private final int searchers;
  private final int uploaders;
  private final int seedDocuments;
  private final SyntheticCorpus corpus = new SyntheticCorpus(17);
  private final AtomicLong nextDocument = new AtomicLong(1);
  private final List<Long> searchNanos = Collections.synchronizedList(new ArrayList<>());
  private final List<Long> uploadNanos = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();

  private SearchLoad(int seconds, int searchers, int uploaders, int seedDocuments) {
    this.seconds = seconds;
    this.searchers = searchers;
    this.uploaders = uploaders;
    this.seedDocuments = seedDocuments;
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    SearchLoad load = new SearchLoad(Integer.parseInt(options.getOrDefault("seconds", "300")),
        Integer.parseInt(options.getOrDefault("searchers", "20")), Integer.parseInt(options.getOrDefault("uploaders", "2")),
        Integer.parseInt(options.getOrDefault("seed", "300")));
    if (options.containsKey("port")) {
      int port = Integer.parseInt(options.get("port"));
      String user = options.get("user");
      String password = options.get("password");
      load.run(port, user, password, user, password);
    } else {
      load.runOnOwnServer();
    }
    System.exit(load.errors.isEmpty() ? 0 : 1);
  }

  private void runOnOwnServer() throws Exception {
    Path data = Files.createTempDirectory("vankho-load");
    String password = "load-" + Long.toHexString(System.nanoTime());
    vankho(data, password, "user", "add", "--role", "reader", READER);
    vankho(data, password, "user", "add", "--role", "archivist", ARCHIVIST);
    int port = freePort();
    Path log = data.resolve("serve.log");
    Process server = new ProcessBuilder("./vankho", "--data", data.toString(), "serve", "--host", "127.0.0.1",
        "--port", Integer.toString(port), "--inbox", data.resolve("inbox").toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    try {
      awaitServing(server, log);
      seed(port, password);
      run(port, READER, password, ARCHIVIST, password);
    } finally {
      server.destroy();
      server.waitFor(60, TimeUnit.SECONDS);
    }
    if (errors.isEmpty()) {
      deleteRecursively(data);
    } else {
      System.out.println("the server's log and data are kept in " + data);
    }
  }

  private void run(int port, String reader, String readerPassword, String archivist, String archivistPassword)
      throws Exception {
    List<String> queries = queries();
    // everyone logs in before the clock starts: a login costs a deliberately slow password hash
    List<WebClient> searching = new ArrayList<>();
    for (int i = 0; i < searchers; i++) {
      searching.add(loggedIn(port, reader, readerPassword));
    }
    List<WebClient> uploading = new ArrayList<>();
    for (int i = 0; i < uploaders; i++) {
      uploading.add(loggedIn(port, archivist, archivistPassword));
    }
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService people = Executors.newFixedThreadPool(searchers + uploaders);
    List<Future<?>> running = new ArrayList<>();
    for (int i = 0; i < searchers; i++) {
      WebClient client = searching.get(i);
      int first = i;
      running.add(people.submit(() -> search(client, queries, first, end)));
    }
    for (WebClient client : uploading) {
      running.add(people.submit(() -> upload(client, end)));
    }
    for (Future<?> person : running) {
      person.get();
    }
    people.shutdown();
    report();
  }

  private Void search(WebClient client, List<String> queries, int first, long end) throws Exception {
    for (int i = first; System.nanoTime() < end; i++) {
      String query = queries.get(i % queries.size());
      long start = System.nanoTime();
      try {
        HttpResponse<String> response = client.get("/api/search?limit=10&q=" + WebClient.q(query));
        searchNanos.add(System.nanoTime() - start);
        if (response.statusCode() != 200 || !WebClient.json(response).has("total")) {
          error("search " + response.statusCode());
        }
      } catch (IOException e) {
        error("search " + e);
      }
    }
    return null;
  }

  private Void upload(WebClient client, long end) throws Exception {
    while (System.nanoTime() < end) {
      long id = nextDocument.getAndIncrement() + seedDocuments;
      long start = System.nanoTime();
      try {
        HttpResponse<String> response = client.upload("/api/documents", "tai-lieu-" + id + ".txt", document(id));
        uploadNanos.add(System.nanoTime() - start);
        String status = response.statusCode() == 202 ? WebClient.json(response).get(0).get("status").asText() : "";
        if (!status.equals("accepted")) {
          error("upload " + response.statusCode() + " " + status);
        }
      } catch (IOException e) {
        error("upload " + e);
      }
    }
    return null;
  }

  /** The evaluation collection and {@code seedDocuments} synthetic documents, imported and read. */
  private void seed(int port, String password) throws Exception {
    WebClient client = loggedIn(port, ARCHIVIST, password);
    List<Long> jobs = new ArrayList<>();
    try (Stream<Path> files = Files.list(EVAL.resolve("docs"))) {
      for (Path file : files.sorted().toList()) {
        jobs.add(jobOf(client.upload("/api/documents", file.getFileName().toString(), Files.readAllBytes(file))));
      }
    }
    for (long id = 1; id <= seedDocuments; id++) {
      jobs.add(jobOf(client.upload("/api/documents", "tai-lieu-" + id + ".txt", document(id))));
    }
    long started = System.nanoTime();
    for (long job : jobs) {
      while (!WebClient.json(client.get("/api/jobs/" + job)).get("status").asText().matches("DONE|FAILED|done|failed")) {
        Thread.sleep(200);
      }
    }
    Thread.sleep(3000); // the server's index catches up every two seconds
    System.out.printf("seeded %d documents, read in %.1f s%n", jobs.size(), (System.nanoTime() - started) / 1e9);
  }

  private static long jobOf(HttpResponse<String> response) throws IOException {
    JsonNode result = WebClient.json(response).get(0);
    if (!result.get("status").asText().equals("accepted")) {
      throw new IllegalStateException("seeding failed: " + response.body());
    }
    return result.get("jobId").asLong();
  }

  private byte[] document(long id) {
    return String.join("\n\n", corpus.document(id, 3).pages()).getBytes(StandardCharsets.UTF_8);
  }

  private void report() {
    List<Long> searches = sorted(searchNanos);
    List<Long> uploads = sorted(uploadNanos);
    System.out.printf("%d searchers, %d uploaders, %d s: %d searches (%.0f/s), %d uploads%n", searchers, uploaders,
        seconds, searches.size(), searches.size() / (double) seconds, uploads.size());
    System.out.printf("search ms: p50 %.0f  p90 %.0f  p99 %.0f  max %.0f%n", ms(searches, 0.50), ms(searches, 0.90),
        ms(searches, 0.99), ms(searches, 1.0));
    System.out.printf("upload ms: p50 %.0f  p99 %.0f%n", ms(uploads, 0.50), ms(uploads, 0.99));
    System.out.println(errors.isEmpty() ? "errors: none" : "errors: " + errors);
  }

  private static List<Long> sorted(List<Long> nanos) {
    synchronized (nanos) {
      List<Long> copy = new ArrayList<>(nanos);
      Collections.sort(copy);
      return copy;
    }
  }

  /** The value at quantile {@code q} (nearest rank), in milliseconds. */
  private static double ms(List<Long> sortedNanos, double q) {
    if (sortedNanos.isEmpty()) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(q * sortedNanos.size());
    return sortedNanos.get(Math.max(0, rank - 1)) / 1e6;
  }

  private void error(String what) {
    errors.computeIfAbsent(what, k -> new AtomicLong()).incrementAndGet();
  }

  private static List<String> queries() throws IOException {
    return Files.readAllLines(EVAL.resolve("queries.tsv")).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("\t")[1])
        .toList();
  }

  private static WebClient loggedIn(int port, String name, String password) throws Exception {
    WebClient client = new WebClient(port);
    int status = client.login(name, password).statusCode();
    if (status != 302) {
      throw new IllegalStateException("cannot log in as " + name + ": HTTP " + status);
    }
    return client;
  }

  private static void vankho(Path data, String password, String... command) throws Exception {
    List<String> line = new ArrayList<>(List.of("./vankho", "--data", data.toString()));
    line.addAll(List.of(command));
    Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
    process.getOutputStream().write((password + "\n").getBytes(StandardCharsets.UTF_8));
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", line) + " failed: " + output);
    }
  }

  private static void awaitServing(Process server, Path log) throws Exception {
    long giveUp = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (!Files.readString(log).contains("is serving")) {
      if (!server.isAlive() || System.nanoTime() > giveUp) {
        throw new IllegalStateException("the server did not start: " + Files.readString(log));
      }
      Thread.sleep(Duration.ofMillis(500).toMillis());
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new ConcurrentHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --name value, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }
}
