package vn.vankho.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;
import vn.vankho.archive.Archive;
import vn.vankho.archive.ArchiveSettings;
import vn.vankho.archive.IntakeResult;
import vn.vankho.archive.Uploader;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.testing.RealCorpus;

/**
 * How fast the archive imports born-digital documents, measured from outside the product: each round imports a
 * folder into a fresh archive (embedded PostgreSQL in a temporary data folder) and times the import from the first
 * file offered to the last one read and indexed, start-up left out. The Java CPU is the process's; it is split by
 * stage in proportion to Java Flight Recorder's execution samples of that window, each sample going to the stage of
 * the innermost frame that names one (so a {@code text.Diacritics} call made by the metadata reader counts as
 * metadata). The JIT compiler's threads, the garbage collector's and the OCR page pool's (Tesseract's native code) are
 * not sampled: what each used in the window, read from /proc, is its own stage ("compiler", "collector", "ocr"), and
 * only the rest is split by samples. The PostgreSQL CPU is that of the server's processes,
 * read from /proc. Figures are medians of the rounds.
 */
public final class ImportBenchmark {
  /** Stages in the order printed. */
  private static final List<String> STAGES =
      List.of("type", "text", "metadata", "awards", "database", "index", "files", "other", "ocr", "compiler",
          "collector");
  private static final Duration TIMEOUT = Duration.ofMinutes(30);
  private static final int SAMPLE = 100;
  private static final int TOP_FRAMES = 15;
  /**
   * The stages whose threads Java Flight Recorder does not sample, each by its threads' names in /proc (the first 15
   * characters): the JIT compiler's ({@code C1 CompilerThreadN}, {@code C2 CompilerThreadN}; one the JVM ends within
   * the window takes its CPU with it, so the compiler's share is at least this); the garbage collector's
   * ({@code GC Thread#N}, G1's concurrent {@code G1 Conc#N}, {@code G1 Refine#N}, {@code G1 Main Marker},
   * {@code G1 Service}, and the VM thread, which runs the pauses' own work); and the archive's OCR page pool
   * ({@code ocr}, where Tesseract reads pages: none in the window of a born-digital import, unless the OCR of pages a
   * reading left waiting runs before the import ends).
   */
  static final Map<String, Predicate<String>> THREAD_STAGES = Map.of(
      "compiler", name -> name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler"),
      "collector", name -> name.startsWith("GC Thread") || name.startsWith("G1 ") || name.equals("VM Thread"),
      "ocr", name -> name.equals("ocr"));
  private static final long CLOCK_TICKS = 100; // USER_HZ: /proc/<pid>/stat counts in hundredths of a second

  private ImportBenchmark() {}

  /** One round: what was imported, how long it took and what it cost. */
  record Round(int documents, int done, long wallNanos, long javaCpuNanos, Map<String, Long> threadCpuNanos,
      long postgresCpuNanos, long referenceCpuNanos, long referenceDuringCpuNanos,
      Map<String, Integer> stageSamples, Map<String, Integer> ownFrames, Map<String, Integer> leafFrames,
      Deferred deferred) {
    double perSecond() {
      return documents * 1e9 / wallNanos;
    }

    double javaMillisPerDocument() {
      return javaCpuNanos / 1e6 / documents;
    }

    int samples() {
      return stageSamples.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * A stage of unsampled threads ({@link #THREAD_STAGES}) its threads' own; the rest of the process's CPU in
     * proportion to the stage's execution samples.
     */
    double stageMillisPerDocument(String stage) {
      Long own = threadCpuNanos.get(stage);
      if (own != null) {
        return own / 1e6 / documents;
      }
      int all = samples();
      long sampled = javaCpuNanos - threadCpuNanos.values().stream().mapToLong(Long::longValue).sum();
      return all == 0 ? 0 : sampled / 1e6 * stageSamples.getOrDefault(stage, 0) / all / documents;
    }
  }

  /**
   * The pages the import left for OCR behind it (born-digital PDFs' pages without a text layer): how many documents
   * had some still waiting when the last import ended, and the wall time and Java CPU from then until they were read.
   */
  record Deferred(int documents, long wallNanos, long javaCpuNanos) {}

  /**
   * {@code [DIR] [--rounds N] [--warm-up W]}: DIR alone, or 100 vbpl texts and the gazette PDFs; W rounds first that
   * the medians leave out (the JIT compiles the archive's code during the first round or two). {@code --write-sample
   * DIR} writes the 100 texts to DIR and stops, so that other builds can be measured on the same files.
   */
  public static void main(String[] args) throws Exception {
    int rounds = 3;
    int warmUp = 0;
    Path folder = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--rounds")) {
        rounds = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--warm-up")) {
        warmUp = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--write-sample")) {
        Path sample = Files.createDirectories(Path.of(args[++i]));
        writeSample(sample);
        System.out.println("wrote the " + SAMPLE + " default texts to " + sample);
        return;
      } else {
        folder = Path.of(args[i]);
      }
    }
    if (folder != null) {
      report(folder.toString(), measure(folder, warmUp, rounds));
      return;
    }
    Path texts = Files.createTempDirectory("vankho-bench-texts");
    try {
      writeSample(texts);
      report(SAMPLE + " vbpl texts", measure(texts, warmUp, rounds));
    } finally {
      deleteTree(texts);
    }
    report("gazette PDFs", measure(SharedCorpus.folder().resolve("congbao/pdf"), warmUp, rounds));
  }

  /** Every 7th text of vbpl (754 of them), as the UTF-8 text files an office would export. */
  private static void writeSample(Path folder) throws IOException {
    List<RealCorpus.Text> all = RealCorpus.vbpl();
    int step = all.size() / SAMPLE;
    for (int i = 0; i < SAMPLE; i++) {
      RealCorpus.Text text = all.get(i * step);
      Files.writeString(folder.resolve(String.format(Locale.ROOT, "%03d-%s.txt", i, text.id().replaceAll("\\W", "_"))),
          text.text(), StandardCharsets.UTF_8);
    }
  }

  /** {@code warmUp} rounds left out, then {@code rounds} measured. */
  static List<Round> measure(Path folder, int warmUp, int rounds) throws Exception {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    List<Round> measured = new ArrayList<>();
    for (int r = 0; r < warmUp + rounds; r++) {
      Round round = round(files);
      boolean kept = r >= warmUp;
      if (kept) {
        measured.add(round);
      }
      // the compiler's share round by round shows whether the warm-up has reached the JIT's steady state
      System.err.printf(Locale.ROOT, "round %d%s: %.2f documents/s, Java CPU %.1f ms/document (compiler %.1f, collector"
          + " %.1f, ocr %.1f), %d of %d read; the reference work before it %.0f ms, during it %.0f ms%n", r + 1,
          kept ? "" : " (warm-up, left out)", round.perSecond(), round.javaMillisPerDocument(),
          round.stageMillisPerDocument("compiler"), round.stageMillisPerDocument("collector"),
          round.stageMillisPerDocument("ocr"), round.done(), round.documents(), round.referenceCpuNanos() / 1e6,
          round.referenceDuringCpuNanos() / 1e6);
    }
    return measured;
  }

  private static Round round(List<Path> files) throws Exception {
    Path data = Files.createTempDirectory("vankho-bench-import");
    try (Archive archive = Archive.open(ArchiveSettings.of(data, null))) {
      archive.startProcessing();
      long postmaster = Long.parseLong(Files.readAllLines(data.resolve("postgres/postmaster.pid")).get(0).strip());
      com.sun.management.OperatingSystemMXBean os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      Path jfr = data.resolve("import.jfr");
      try (Recording recording = new Recording()) {
        // every other event off: an event left on by default costs the product while it records (the database
        // library's statement event copies each statement's parameters, whole page texts, into the recording)
        FlightRecorder.getFlightRecorder().getEventTypes().forEach(type -> recording.disable(type.getName()));
        recording.enable("jdk.ExecutionSample").withPeriod(Duration.ofMillis(10));
        long reference = ReferenceWork.cpuNanos();
        long postgresBefore = postgresCpuNanos(postmaster);
        long cpuBefore = os.getProcessCpuTime();
        ReferenceWork referenceDuring = ReferenceWork.during();
        Map<String, Long> threadsBefore = threadCpuNanos();
        long start = System.nanoTime();
        recording.start();
        List<Long> jobs = new ArrayList<>();
        for (Path file : files) {
          IntakeResult result = archive.intake().accept(file, Uploader.commandLine(file));
          if (result.jobId() != null) {
            jobs.add(result.jobId());
          }
        }
        List<Job> ended = archive.jobs().await(jobs, TIMEOUT);
        recording.stop();
        long wall = System.nanoTime() - start;
        referenceDuring.close();
        long cpu = os.getProcessCpuTime() - cpuBefore - referenceDuring.threadCpuNanos();
        Map<String, Long> threads = new HashMap<>(threadCpuNanos());
        threads.replaceAll((stage, nanos) -> nanos - threadsBefore.get(stage));
        long postgres = postgresCpuNanos(postmaster) - postgresBefore;
        List<Long> waiting = archive.jobs().waitingPagesOf(ended.stream().map(Job::documentId).toList());
        archive.jobs().await(waiting, TIMEOUT);
        Deferred deferred = new Deferred(waiting.size(), System.nanoTime() - start - wall,
            os.getProcessCpuTime() - cpuBefore - cpu);
        recording.dump(jfr);
        int done = (int) ended.stream().filter(j -> j.status() == JobStatus.DONE).count();
        Map<String, Integer> stages = new HashMap<>();
        Map<String, Integer> own = new HashMap<>();
        Map<String, Integer> leaf = new HashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
          if (event.getStackTrace() == null || event.getStackTrace().getFrames().isEmpty()
              || ReferenceWork.THREAD_NAME.equals(event.getThread("sampledThread").getJavaName())) {
            continue;
          }
          List<RecordedFrame> frames = event.getStackTrace().getFrames();
          stages.merge(stageOf(frames), 1, Integer::sum);
          leaf.merge(name(frames.get(0)), 1, Integer::sum);
          frames.stream().filter(f -> type(f).startsWith("vn.vankho.")).findFirst()
              .ifPresent(f -> own.merge(name(f), 1, Integer::sum));
        }
        return new Round(files.size(), done, wall, cpu, threads, postgres, reference,
            referenceDuring.medianCpuNanos(), stages, own, leaf, deferred);
      }
    } finally {
      deleteTree(data);
    }
  }

  /** The stage of the innermost frame that names one; a stack cut before any by the recorder's depth, by its leaf. */
  static String stageOf(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      String type = type(frame);
      String stage = switch (type) {
        case "vn.vankho.ingest.FileTypes" -> "type";
        case "vn.vankho.ingest.DocumentReader" -> "text";
        case "vn.vankho.ingest.metadata.MetadataReader", "vn.vankho.archive.DocumentDescriber" -> "metadata";
        case "vn.vankho.ingest.awards.AwardReader", "vn.vankho.ingest.awards.CampaignReader" -> "awards";
        case "vn.vankho.store.FileStore", "vn.vankho.store.PageImageStore" -> "files";
        default -> type.startsWith("vn.vankho.store.") ? "database"
            : type.startsWith("vn.vankho.index.") ? "index"
            : type.startsWith("vn.vankho.ingest.ocr.") ? "text" : null;
      };
      if (stage != null) {
        return stage;
      }
    }
    String leaf = type(frames.get(0));
    return leaf.startsWith("org.postgresql.") ? "database"
        : leaf.startsWith("org.apache.lucene.") ? "index"
        : leaf.startsWith("org.apache.tika.") || leaf.startsWith("org.apache.pdfbox.") || leaf.startsWith("org.apache.poi.")
            ? "text" : "other";
  }

  private static String type(RecordedFrame frame) {
    return frame.getMethod().getType().getName();
  }

  private static String name(RecordedFrame frame) {
    return type(frame) + "." + frame.getMethod().getName();
  }

  /**
   * The CPU the PostgreSQL server has used: the postmaster's own and that of the backends it has reaped, and of its
   * living children (backends, checkpointer, writers).
   */
  static long postgresCpuNanos(long postmaster) throws IOException {
    long ticks = 0;
    try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
      for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        String[] fields = stat(process);
        if (fields == null) {
          continue;
        }
        long pid = Long.parseLong(process.getFileName().toString());
        if (pid == postmaster) {
          ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
              + Long.parseLong(fields[14]);
        } else if (Long.parseLong(fields[1]) == postmaster) {
          ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
      }
    }
    return ticks * 1_000_000_000L / CLOCK_TICKS;
  }

  /** The CPU each stage of {@link #THREAD_STAGES} has used so far, from one pass over this JVM's threads. */
  static Map<String, Long> threadCpuNanos() throws IOException {
    Map<String, Long> ticks = new HashMap<>();
    THREAD_STAGES.keySet().forEach(stage -> ticks.put(stage, 0L));
    try (Stream<Path> threads = Files.list(Path.of("/proc/self/task"))) {
      for (Path thread : threads.toList()) {
        String name;
        try {
          name = Files.readString(thread.resolve("comm")).strip();
        } catch (IOException e) {
          continue; // ended meanwhile
        }
        for (Map.Entry<String, Predicate<String>> stage : THREAD_STAGES.entrySet()) {
          String[] fields = stage.getValue().test(name) ? stat(thread) : null;
          if (fields != null) {
            ticks.merge(stage.getKey(), Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
          }
        }
      }
    }
    ticks.replaceAll((stage, t) -> t * 1_000_000_000L / CLOCK_TICKS);
    return ticks;
  }

  /**
   * The fields of /proc/PID/stat (or /proc/PID/task/TID/stat) after the command name (field 3 first), or null for a
   * process or thread gone meanwhile.
   */
  private static String[] stat(Path process) {
    try {
      String line = Files.readString(process.resolve("stat"));
      return line.substring(line.lastIndexOf(')') + 2).split(" ");
    } catch (IOException e) {
      return null;
    }
  }

  private static void report(String what, List<Round> rounds) {
    System.out.printf(Locale.ROOT, "%s (%d files, median of %d rounds; %.0f of %d read in the median round):%n", what,
        rounds.get(0).documents(), rounds.size(), median(rounds, r -> r.done()), rounds.get(0).documents());
    System.out.printf(Locale.ROOT, "  %.2f documents/s end to end after start-up%n", median(rounds, Round::perSecond));
    System.out.printf(Locale.ROOT, "  rounds:%s documents/s;%s Java CPU ms/document%n",
        rounds.stream().map(r -> String.format(Locale.ROOT, " %.2f", r.perSecond())).collect(Collectors.joining()),
        rounds.stream().map(r -> String.format(Locale.ROOT, " %.1f", r.javaMillisPerDocument())).collect(Collectors.joining()));
    System.out.printf(Locale.ROOT, "  the reference work before each round (the machine's speed):%s ms;"
            + " during it, beside the import (median):%s ms%n",
        rounds.stream().map(r -> String.format(Locale.ROOT, " %.0f", r.referenceCpuNanos() / 1e6))
            .collect(Collectors.joining()),
        rounds.stream().map(r -> String.format(Locale.ROOT, " %.0f", r.referenceDuringCpuNanos() / 1e6))
            .collect(Collectors.joining()));
    System.out.printf(Locale.ROOT, "  Java CPU %.1f ms/document:", median(rounds, Round::javaMillisPerDocument));
    for (String stage : STAGES) {
      System.out.printf(Locale.ROOT, " %s %.1f", stage, median(rounds, r -> r.stageMillisPerDocument(stage)));
    }
    System.out.printf(Locale.ROOT, "%n  PostgreSQL CPU %.1f ms/document%n",
        median(rounds, r -> r.postgresCpuNanos() / 1e6 / r.documents()));
    System.out.printf(Locale.ROOT, "  pages left for OCR: %.0f documents with pages still waiting after the last"
            + " import; read %.2f s after it, Java CPU %.1f ms/document more%n", median(rounds, r -> r.deferred().documents()),
        median(rounds, r -> r.deferred().wallNanos() / 1e9),
        median(rounds, r -> r.deferred().javaCpuNanos() / 1e6 / r.documents()));
    Round last = rounds.get(rounds.size() - 1);
    System.out.printf(Locale.ROOT, "  profile of the last round (%d execution samples), innermost archive frame:%n",
        last.samples());
    top(last.ownFrames(), last.samples());
    System.out.println("  and innermost frame:");
    top(last.leafFrames(), last.samples());
  }

  private static void top(Map<String, Integer> frames, int samples) {
    frames.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())).limit(TOP_FRAMES)
        .forEach(e -> System.out.printf(Locale.ROOT, "    %5.1f%% %s%n", 100.0 * e.getValue() / samples, e.getKey()));
  }

  private static double median(List<Round> rounds, java.util.function.ToDoubleFunction<Round> value) {
    double[] values = rounds.stream().mapToDouble(value).sorted().toArray();
    int n = values.length;
    return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
