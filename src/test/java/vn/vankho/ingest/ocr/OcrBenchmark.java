package vn.vankho.ingest.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import vn.vankho.eval.SharedCorpus;
import vn.vankho.ingest.DocumentReader;
import vn.vankho.ingest.PageImageSink;
import vn.vankho.model.Page;
import vn.vankho.ingest.ReadProgress;
import vn.vankho.ingest.ReadingBudget;
import vn.vankho.testing.TestOcr;

/**
 * Measures OCR on rendered Vietnamese pages ({@link SamplePages}). Usage:
 * <pre>
 *   OcrBenchmark [throughput] [PAGES]   pages/second of the tesseract command line against OcrEngine
 *   OcrBenchmark models [PAGES]         CER and seconds per page of the fast and best models
 *   OcrBenchmark preprocessing [PAGES]  CER with each preprocessing step alone, none and all
 *   OcrBenchmark scans [DIR]            CPU per page of the whole reading path against the command line, on real
 *                                       scans and photos (default: the shared corpus's scans/)
 * </pre>
 * The throughput baseline is fair: the same model, page segmentation and dpi, {@code OMP_THREAD_LIMIT=1}, and
 * as many {@code tesseract} processes at once as there are cores, against an engine read by as many threads.
 * Both start from the same PNG files, so ours pays for decoding and preprocessing too.
 */
public final class OcrBenchmark {
  private static final int DEFAULT_PAGES = 12;
  private static final int ROUNDS = 5;

  private final int cores = Runtime.getRuntime().availableProcessors();

  public static void main(String[] args) throws Exception {
    if (!TestOcr.limitedToOneThread(System.getenv())) {
      System.err.println("Run with OMP_THREAD_LIMIT=1, or Tesseract's own threads skew the figures.");
      System.exit(2);
    }
    String mode = args.length > 0 && !args[0].matches("\\d+") ? args[0] : "throughput";
    if (mode.equals("scans")) {
      new OcrBenchmark().scans(args.length > 1 ? Path.of(args[1]) : SharedCorpus.folder().resolve("scans"));
      return;
    }
    String count = args.length > 0 && args[args.length - 1].matches("\\d+") ? args[args.length - 1] : null;
    int pages = count == null ? DEFAULT_PAGES : Integer.parseInt(count);
    OcrBenchmark bench = new OcrBenchmark();
    switch (mode) {
      case "throughput" -> bench.throughput(pages);
      case "models" -> bench.models(pages);
      case "preprocessing" -> bench.preprocessing(pages);
      default -> {
        System.err.println("unknown mode " + mode + "; use throughput, models or preprocessing");
        System.exit(2);
      }
    }
  }

  private void throughput(int pages) throws Exception {
    OcrSettings settings = TestOcr.settings();
    Path dir = Files.createTempDirectory("vankho-bench-ocr");
    try {
      List<String> references = new ArrayList<>();
      List<Path> files = new ArrayList<>();
      for (int i = 0; i < pages; i++) {
        SamplePages.SamplePage page = SamplePages.page(i, SamplePages.Quality.CLEAN);
        Path file = dir.resolve("page-" + i + ".png");
        ImageIO.write(page.image(), "png", file.toFile());
        references.add(page.text());
        files.add(file);
      }
      System.out.printf("%d clean A4 pages at 300 dpi, %d cores, model %s, %d rounds%n", pages, cores,
          settings.tessdata(), ROUNDS);
      runCli(settings, files.subList(0, 1)); // warms the file cache for both runs
      List<Double> ratios = new ArrayList<>();
      List<Double> cpuRatios = new ArrayList<>();
      for (int round = 1; round <= ROUNDS; round++) {
        // the order alternates, so that load from elsewhere on the machine falls on both sides alike
        boolean cliFirst = round % 2 == 1;
        Run cli = cliFirst ? timed(() -> runCli(settings, files)) : null;
        Run ours = timed(() -> runEngine(settings, files));
        if (!cliFirst) cli = timed(() -> runCli(settings, files));
        double ratio = cli.seconds / ours.seconds;
        ratios.add(ratio);
        cpuRatios.add(cli.cpuSeconds / ours.cpuSeconds);
        System.out.printf("round %d: tesseract CLI %.2f pages/s, %.2f CPU s/page, CER %.4f | OcrEngine %.2f pages/s,"
            + " %.2f CPU s/page, CER %.4f | ours/CLI %.2f%n", round, pages / cli.seconds, cli.cpuSeconds / pages,
            meanCer(references, cli.texts), pages / ours.seconds, ours.cpuSeconds / pages,
            meanCer(references, ours.texts), ratio);
      }
      System.out.printf("ours/CLI, median of %d rounds: %.2f by wall clock, %.2f by CPU time per page%n", ROUNDS,
          median(ratios), median(cpuRatios));
    } finally {
      deleteTree(dir);
    }
  }

  /**
   * The archive's whole reading path for an image upload ({@link DocumentReader}: orientation, ink, preprocessing,
   * layout, OCR, post-correction, quality) against {@code tesseract IMAGE out -l vie} as a user runs it, on the
   * same files, by CPU seconds per page: each side starts afresh every round (ours loads its model, as the command
   * line does for every page), the order alternating.
   */
  private void scans(Path folder) throws Exception {
    OcrSettings settings = TestOcr.settings();
    List<Path> files;
    try (Stream<Path> listed = Files.list(folder)) {
      files = listed.filter(f -> f.toString().matches("(?i).*\\.(jpe?g|png|tiff?)$")).sorted().toList();
    }
    System.out.printf("%d real scans and photos in %s, %d cores, model %s, %d rounds%n", files.size(), folder, cores,
        settings.tessdata(), ROUNDS);
    List<Double> cpuRatios = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      boolean cliFirst = round % 2 == 1;
      Run cli = cliFirst ? timed(() -> runUserCli(settings, files)) : null;
      Run ours = timed(() -> runReader(settings, files));
      if (!cliFirst) cli = timed(() -> runUserCli(settings, files));
      cpuRatios.add(ours.cpuSeconds / cli.cpuSeconds);
      System.out.printf("round %d: tesseract CLI %.2f CPU s/page | DocumentReader %.2f CPU s/page | ours/CLI %.2f%n",
          round, cli.cpuSeconds / files.size(), ours.cpuSeconds / files.size(), ours.cpuSeconds / cli.cpuSeconds);
    }
    System.out.printf("ours/CLI CPU per page, median of %d rounds: %.2f%n", ROUNDS, median(cpuRatios));
  }

  private List<String> runReader(OcrSettings settings, List<Path> files) throws Exception {
    ExecutorService pagePool = Executors.newFixedThreadPool(cores);
    try (OcrEngine engine = new OcrEngine(settings)) {
      DocumentReader reader = new DocumentReader(engine, pagePool, cores * 2, ReadingBudget.defaults());
      return inParallel(files.stream().<Callable<String>>map(f -> () -> {
        String type = f.toString().toLowerCase(Locale.ROOT).endsWith(".png") ? "image/png"
            : f.toString().toLowerCase(Locale.ROOT).matches(".*\\.tiff?$") ? "image/tiff" : "image/jpeg";
        return reader.read(f, type, ReadProgress.NONE, PageImageSink.NONE).stream().map(Page::text)
            .reduce("", String::concat);
      }).toList());
    } finally {
      pagePool.shutdownNow();
    }
  }

  private List<String> runUserCli(OcrSettings settings, List<Path> files) throws Exception {
    Path out = Files.createTempDirectory("vankho-bench-scans");
    try {
      return inParallel(files.stream().<Callable<String>>map(file -> () -> {
        Path base = out.resolve(file.getFileName().toString());
        TestOcr.runCommandLine(settings, file, base);
        return Files.readString(base.resolveSibling(base.getFileName() + ".txt"), StandardCharsets.UTF_8);
      }).toList());
    } finally {
      deleteTree(out);
    }
  }

  /** Texts read, wall-clock seconds, and CPU seconds of this JVM and the processes it waited for. */
  private record Run(List<String> texts, double seconds, double cpuSeconds) {}

  private static Run timed(Callable<List<String>> work) throws Exception {
    double cpu = cpuSeconds();
    long start = System.nanoTime();
    List<String> texts = work.call();
    return new Run(texts, (System.nanoTime() - start) / 1e9, cpuSeconds() - cpu);
  }

  /**
   * User and system time of this process and its reaped children, from /proc/self/stat (fields 14 to 17, in
   * ticks of 1/100 s on Linux). Unlike wall-clock time it does not move with other load on a shared machine.
   */
  private static double cpuSeconds() throws IOException {
    String stat = Files.readString(Path.of("/proc/self/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticks = 0;
    for (int field = 14; field <= 17; field++) ticks += Long.parseLong(fields[field - 3]);
    return ticks / 100.0;
  }

  /** A new engine each time, so that ours pays for loading the model as the CLI does. */
  private List<String> runEngine(OcrSettings settings, List<Path> files) throws Exception {
    try (OcrEngine engine = new OcrEngine(settings)) {
      return inParallel(files.stream().<Callable<String>>map(f -> () -> engine.read(readPng(f)).text()).toList());
    }
  }

  private List<String> runCli(OcrSettings settings, List<Path> files) throws Exception {
    return inParallel(files.stream().<Callable<String>>map(file -> () -> {
      Path base = file.resolveSibling(file.getFileName() + ".cli");
      TestOcr.runCommandLine(settings, file, base, "--psm", Integer.toString(settings.pageSegMode()),
          "--dpi", Integer.toString(settings.dpi()));
      return Files.readString(base.resolveSibling(base.getFileName() + ".txt"), StandardCharsets.UTF_8);
    }).toList());
  }

  private void models(int pages) throws Exception {
    System.out.printf("%d pages per quality, one thread; seconds per page include preprocessing%n", pages);
    System.out.println("model  quality   mean CER  s/page  CPU s/page");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (OcrSettings settings : List.of(TestOcr.settings(), OcrSettings.best())) {
      try (OcrEngine engine = new OcrEngine(settings)) {
        engine.read(SamplePages.page(0, SamplePages.Quality.CLEAN).image()); // loads the model outside the timing
        for (SamplePages.Quality quality : SamplePages.Quality.values()) {
          double cer = 0;
          long nanos = 0;
          long cpuNanos = 0;
          for (int i = 0; i < pages; i++) {
            SamplePages.SamplePage page = SamplePages.page(i, quality);
            long cpu = threads.getCurrentThreadCpuTime(); // Tesseract runs on the calling thread
            long start = System.nanoTime();
            String text = engine.read(page.image()).text();
            nanos += System.nanoTime() - start;
            cpuNanos += threads.getCurrentThreadCpuTime() - cpu;
            cer += CharacterErrorRate.of(page.text(), text);
          }
          System.out.printf("%-6s %-9s %.4f    %.2f    %.2f%n", settings.model().name().toLowerCase(Locale.ROOT),
              quality.name().toLowerCase(Locale.ROOT), cer / pages, nanos / 1e9 / pages, cpuNanos / 1e9 / pages);
        }
      }
    }
  }

  /** Ablation: no step, each step alone, all steps but one, all steps. */
  private void preprocessing(int pages) throws Exception {
    Map<String, List<Preprocessing.Step>> variants = new LinkedHashMap<>();
    variants.put("none", List.of());
    for (Preprocessing.Step step : Preprocessing.STEPS) variants.put("only " + step.name(), List.of(step));
    for (Preprocessing.Step step : Preprocessing.STEPS) {
      variants.put("all but " + step.name(), Preprocessing.STEPS.stream().filter(s -> s != step).toList());
    }
    variants.put("all", Preprocessing.STEPS);
    System.out.printf("%d pages per quality, fast model; ms = preprocessing time per page%n", pages);
    System.out.println("steps                      pages     mean CER  ms/page");
    try (OcrEngine engine = TestOcr.newEngine()) {
      Map<String, List<SamplePages.SamplePage>> sets = new LinkedHashMap<>();
      for (SamplePages.Quality quality : SamplePages.Quality.values()) {
        List<SamplePages.SamplePage> samples = new ArrayList<>();
        for (int i = 0; i < pages; i++) samples.add(SamplePages.page(i, quality));
        sets.put(quality.name().toLowerCase(Locale.ROOT), samples);
      }
      // a 150 dpi scan in a PDF, as PDFBox renders it at 300 dpi: each pixel becomes a 2x2 block
      sets.put("degr->300", sets.get("degraded").stream().map(OcrBenchmark::doubledByPixelCopy).toList());
      for (Map.Entry<String, List<SamplePages.SamplePage>> set : sets.entrySet()) {
        List<SamplePages.SamplePage> samples = set.getValue();
        for (Map.Entry<String, List<Preprocessing.Step>> variant : variants.entrySet()) {
          List<double[]> results = inParallel(samples.stream().<Callable<double[]>>map(page -> () -> {
            long start = System.nanoTime();
            BufferedImage prepared = Preprocessing.apply(variant.getValue(), page.image());
            double millis = (System.nanoTime() - start) / 1e6;
            return new double[] {CharacterErrorRate.of(page.text(), engine.recognize(prepared).text()), millis};
          }).toList());
          System.out.printf("%-26s %-9s %.4f    %.0f%n", variant.getKey(), set.getKey(),
              results.stream().mapToDouble(r -> r[0]).average().orElseThrow(),
              results.stream().mapToDouble(r -> r[1]).average().orElseThrow());
        }
      }
    }
  }

  private static SamplePages.SamplePage doubledByPixelCopy(SamplePages.SamplePage page) {
    BufferedImage image = page.image();
    BufferedImage big = new BufferedImage(image.getWidth() * 2, image.getHeight() * 2, BufferedImage.TYPE_BYTE_GRAY);
    Graphics2D g = big.createGraphics();
    try {
      g.drawImage(image, 0, 0, big.getWidth(), big.getHeight(), null); // Java2D's default is nearest neighbour
    } finally {
      g.dispose();
    }
    return new SamplePages.SamplePage(page.text(), big, page.dpi() * 2);
  }

  private <T> List<T> inParallel(List<Callable<T>> tasks) throws InterruptedException, ExecutionException {
    ExecutorService pool = Executors.newFixedThreadPool(cores);
    try {
      List<T> results = new ArrayList<>();
      for (Future<T> future : pool.invokeAll(tasks)) results.add(future.get());
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  private static BufferedImage readPng(Path file) {
    try {
      return ImageIO.read(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double median(List<Double> values) {
    return values.stream().sorted().toList().get(values.size() / 2);
  }

  private static double meanCer(List<String> references, List<String> texts) {
    double sum = 0;
    for (int i = 0; i < references.size(); i++) sum += CharacterErrorRate.of(references.get(i), texts.get(i));
    return sum / references.size();
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(path);
    }
  }
}
