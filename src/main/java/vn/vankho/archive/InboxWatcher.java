package vn.vankho.archive;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vankho.model.Document;
import vn.vankho.model.DocumentStatus;
import vn.vankho.model.Reason;
import vn.vankho.store.DocumentStore;

/**
 * Imports files dropped into an inbox folder. A file is taken only once its size and modification
 * time have held still between two looks, so one still being copied in is left alone. When the
 * archive has read it, it moves to {@code done/}; when it was turned away or could not be read, to
 * {@code failed/} with a {@code .reason.txt} beside it. Nothing is deleted.
 */
final class InboxWatcher implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(InboxWatcher.class);
  private static final long POLL_MILLIS = 1000;

  private final Path inbox;
  private final Path done;
  private final Path failed;
  private final Intake intake;
  private final DocumentStore documents;
  private final Map<Path, Snapshot> lastSeen = new HashMap<>();
  private final Map<Path, Long> awaitingDocument = new HashMap<>();
  private final ScheduledExecutorService poller =
      Executors.newSingleThreadScheduledExecutor(r -> WorkerPool.daemon(r, "inbox"));

  private record Snapshot(long size, FileTime modified) {}

  InboxWatcher(Path inbox, Intake intake, DocumentStore documents) {
    this.inbox = inbox;
    this.done = inbox.resolve("done");
    this.failed = inbox.resolve("failed");
    this.intake = intake;
    this.documents = documents;
    try {
      Files.createDirectories(done);
      Files.createDirectories(failed);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the inbox folders in " + inbox, e);
    }
  }

  void start() {
    poller.scheduleWithFixedDelay(this::pollQuietly, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
  }

  private void pollQuietly() {
    try {
      poll();
    } catch (IOException | RuntimeException e) {
      LOG.warn("inbox {}: {}", inbox, e.toString());
    }
  }

  /** One look at the inbox: take the files that held still, settle the ones that were read. */
  void poll() throws IOException {
    List<Path> present;
    try (Stream<Path> entries = Files.list(inbox)) {
      present = entries.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).toList();
    }
    lastSeen.keySet().retainAll(present);
    awaitingDocument.keySet().retainAll(present);
    for (Path file : present) {
      if (awaitingDocument.containsKey(file)) {
        settle(file, awaitingDocument.get(file));
      } else if (heldStill(file)) {
        take(file);
      }
    }
  }

  private boolean heldStill(Path file) throws IOException {
    Snapshot now = new Snapshot(Files.size(file), Files.getLastModifiedTime(file));
    Snapshot before = lastSeen.put(file, now);
    return now.equals(before);
  }

  private void take(Path file) throws IOException {
    IntakeResult result = intake.accept(file, Uploader.inbox(inbox));
    LOG.info("inbox: {} {}", file.getFileName(), result.status());
    if (result.status() == IntakeResult.Status.REJECTED) {
      moveToFailed(file, result.reason().code());
    } else {
      awaitingDocument.put(file, result.documentId());
      settle(file, result.documentId());
    }
  }

  private void settle(Path file, long documentId) throws IOException {
    Optional<Document> document = documents.find(documentId);
    if (document.isEmpty()) {
      return;
    }
    if (document.get().status() == DocumentStatus.DONE) {
      move(file, done);
      awaitingDocument.remove(file);
    } else if (document.get().status() == DocumentStatus.FAILED) {
      moveToFailed(file, document.get().failureReason());
      awaitingDocument.remove(file);
    }
  }

  /** Moves to {@code failed/} with the reason beside it: its code, then the message in Vietnamese and in English. */
  private void moveToFailed(Path file, String reasonCode) throws IOException {
    Path moved = move(file, failed);
    String reason = Reason.ofCode(reasonCode).map(r -> r.code() + "\n" + r.vietnamese() + "\n" + r.english())
        .orElse(String.valueOf(reasonCode));
    Files.writeString(moved.resolveSibling(moved.getFileName() + ".reason.txt"), reason + "\n", StandardCharsets.UTF_8);
  }

  /** Moves without overwriting: a second "plan.pdf" becomes "plan (2).pdf". */
  private static Path move(Path file, Path folder) throws IOException {
    String name = file.getFileName().toString();
    Path target = folder.resolve(name);
    for (int n = 2; Files.exists(target); n++) {
      int dot = name.lastIndexOf('.');
      target = folder.resolve(dot > 0 ? name.substring(0, dot) + " (" + n + ")" + name.substring(dot) : name + " (" + n + ")");
    }
    return Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public void close() {
    poller.shutdownNow();
  }
}
