package vn.vankho.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.vankho.archive.Archive;
import vn.vankho.archive.IntakeResult;
import vn.vankho.archive.Reader;
import vn.vankho.archive.Uploader;
import vn.vankho.index.IndexUnavailableException;
import vn.vankho.model.Document;
import vn.vankho.model.Job;
import vn.vankho.model.Reason;

/**
 * {@code vankho import [--wait] [--json] PATH...}: offers files and folders (recursively) to the
 * archive. With --wait it reads them before returning: itself, or, when a server is running on the
 * same data, by waiting for the server's workers; the pages left for OCR behind the imports included.
 */
@Command(name = "import", description = "Import files or folders (recursively).")
final class ImportCommand implements Callable<Integer> {
  @ParentCommand VankhoCommand parent;

  @Option(names = "--wait", description = "Return when every accepted file has been read, and print how each ended.")
  boolean await;

  @Option(names = "--json", description = "Print one JSON array of {file, status, id, reason}; implies --wait.")
  boolean json;

  @Option(names = "--timeout", defaultValue = "PT2H", description = "How long --wait waits (default: ${DEFAULT-VALUE}).")
  Duration timeout;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to import.")
  List<Path> paths;

  @Override
  public Integer call() throws InterruptedException {
    PrintStream out = System.out;
    boolean waitForReading = await || json;
    try (Archive archive = parent.openArchive()) {
      if (waitForReading) {
        startProcessingUnlessServed(archive);
      }
      List<Entry> entries = new ArrayList<>();
      for (Path file : files()) {
        IntakeResult result = archive.intake().accept(file, Uploader.commandLine(file));
        entries.add(new Entry(file, result));
        if (!json) {
          out.println(line(file, result));
        }
      }
      if (!waitForReading) {
        return entries.stream().anyMatch(e -> e.result.status() == IntakeResult.Status.REJECTED) ? 1 : 0;
      }
      List<Long> jobIds = entries.stream().map(e -> e.result.jobId()).filter(id -> id != null).toList();
      try (ImportProgress progress = new ImportProgress(jobIds.size(), System.console() != null, System.err)) {
        archive.jobs().await(jobIds, timeout, progress::show);
      }
      awaitWaitingPages(archive, entries);
      List<Map<String, Object>> finals = new ArrayList<>();
      for (Entry entry : entries) {
        finals.add(finalStatus(archive, entry));
      }
      if (json) {
        out.println(Output.json(finals));
      } else {
        finals.forEach(f -> out.println(f.get("status") + "\t" + f.get("file")
            + (f.get("id") == null ? "" : "\tdocument " + f.get("id"))
            + (f.get("reason") == null ? "" : "\t" + Reason.englishOf((String) f.get("reason")))));
      }
      return finals.stream().anyMatch(f -> !List.of("done", "duplicate", "repaired").contains(f.get("status"))) ? 1 : 0;
    }
  }

  private record Entry(Path file, IntakeResult result) {}

  /**
   * Waits, too, for the pages that the readings left for OCR behind the imports (pages of born-digital PDFs without a
   * text layer), so that every page is read and searchable when the command returns.
   */
  private void awaitWaitingPages(Archive archive, List<Entry> entries) throws InterruptedException {
    List<Long> read = entries.stream().filter(e -> e.result.jobId() != null).map(e -> e.result.documentId()).toList();
    List<Long> ocr = archive.jobs().waitingPagesOf(read);
    if (!ocr.isEmpty()) {
      System.err.println("reading by OCR the pages without a text layer of " + ocr.size() + " documents");
      archive.jobs().await(ocr, timeout);
    }
  }

  private static void startProcessingUnlessServed(Archive archive) {
    try {
      archive.startProcessing();
    } catch (IndexUnavailableException servedElsewhere) {
      System.err.println("A server is running on this archive: its workers will read the files.");
    }
  }

  private List<Path> files() {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (Files.isDirectory(path)) {
        try (Stream<Path> walk = Files.walk(path)) {
          walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + path, e);
        }
      } else {
        files.add(path);
      }
    }
    return files;
  }

  private static String line(Path file, IntakeResult result) {
    return switch (result.status()) {
      case ACCEPTED -> "accepted\t" + file + "\tdocument " + result.documentId();
      case DUPLICATE -> "duplicate\t" + file + "\tof document " + result.documentId();
      case REPAIRED -> "repaired\t" + file + "\tthe damaged original of document " + result.documentId() + " was put back";
      case REJECTED -> "rejected\t" + file + "\t" + Reason.englishOf(result.reason().code());
    };
  }

  private static Map<String, Object> finalStatus(Archive archive, Entry entry) {
    IntakeResult result = entry.result;
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("file", entry.file.toString());
    String status = result.status().name().toLowerCase(Locale.ROOT);
    String reason = result.reason() == null ? null : result.reason().code();
    if (result.status() == IntakeResult.Status.ACCEPTED) {
      Document document = archive.documents().find(result.documentId(), Reader.commandLine("import")).orElseThrow();
      status = switch (document.status()) {
        case DONE -> "done";
        case FAILED -> "failed";
        default -> "pending";
      };
      reason = document.failureReason();
      if (status.equals("pending")) {
        reason = archive.jobs().find(result.jobId(), Reader.commandLine("import")).map(Job::error).orElse(null);
      }
    }
    json.put("status", status);
    json.put("id", result.documentId());
    json.put("reason", reason);
    return json;
  }
}
