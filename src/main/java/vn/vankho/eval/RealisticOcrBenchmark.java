package vn.vankho.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import vn.vankho.ingest.FieldReview;
import vn.vankho.ingest.awards.AwardReader;
import vn.vankho.ingest.awards.ProposedAward;
import vn.vankho.ingest.metadata.DocumentMetadata;
import vn.vankho.ingest.metadata.Extracted;
import vn.vankho.ingest.metadata.MetadataReader;
import vn.vankho.ingest.ocr.CharacterErrorRate;
import vn.vankho.ingest.ocr.OcrEngine;
import vn.vankho.ingest.ocr.OcrResult;
import vn.vankho.ingest.ocr.OcrSettings;
import vn.vankho.ingest.ocr.RealisticScans;
import vn.vankho.ingest.ocr.SamplePages;
import vn.vankho.text.Diacritics;
import vn.vankho.text.PageQuality;

/**
 * {@code bench-ocr realistic [N]}: our pipeline against the {@code tesseract} command line on N generated
 * realistic scans ({@link RealisticScans}, the same JPEG files for both): CER per kind of page, the number,
 * date, issuer and signer read right, flagged for review or wrong, the awardees read with their form, and how
 * well the page quality score predicts the measured CER (Spearman's rank correlation, pages above 5% CER
 * that it sends to review). The command line is run as a new user would: {@code tesseract page.jpg out -l vie}.
 * Our pipeline also reads each page without its layout reading ("no layout": Tesseract's text as it gives it),
 * so the header columns and table rows are measured before and after in the same run.
 */
public final class RealisticOcrBenchmark {
  private static final int DEFAULT_PAGES = 24;
  private static final double BAD_PAGE_CER = 0.05;
  /** A word Tesseract is less sure of than this (0 to 100) counts as doubtful. */
  private static final double LOW_CONFIDENCE = 60;
  /** Our pipeline with Tesseract's text as it gives it, without the layout reading: the layout's "before". */
  private static final String BEFORE_LAYOUT = "no layout";
  private static final List<String> READERS = List.of(BEFORE_LAYOUT, "ours", "tesseract");

  /** One reading of one page by one reader, with what was measured on it. */
  record Reading(RealisticScans.Scan scan, String reader, String text, double confidence, double lowConfidenceShare,
      double orderedCer, double cer,
      Map<Field, Outcome> fields, int awardeesRight, int rowsRight) {}

  /** A page reading as the quality score sees it: its text, the engine's confidence, and the CER measured. */
  record Point(String page, String reader, String text, double confidence, double lowConfidenceShare, double cer) {
    double predicted() {
      return PageQuality.predictedCer(text, confidence);
    }
  }

  enum Field { NUMBER, DATE, ISSUER, SIGNER }

  enum Outcome { RIGHT, FLAGGED, WRONG, MISSING }

  private RealisticOcrBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 1 && args[1].equals("real")) {
      realScans(SharedCorpus.folder().resolve("scans"), OcrSettings.defaults());
      return;
    }
    int pages = args.length > 1 && args[1].matches("\\d+") ? Integer.parseInt(args[1]) : DEFAULT_PAGES;
    List<Reading> readings = run(pages, OcrSettings.defaults());
    List<Point> points = new ArrayList<>(readings.stream().filter(r -> !r.reader().equals(BEFORE_LAYOUT)).map(r -> new Point(r.scan().index() + " "
        + r.scan().kind().name().toLowerCase(Locale.ROOT) + (r.scan().truth().handwritten() ? " hand" : ""),
        r.reader(), r.text(), r.confidence(), r.lowConfidenceShare(), r.cer())).toList());
    points.addAll(degraded(Math.max(2, pages / 3), OcrSettings.defaults()));
    report(readings);
    reportQuality(points);
  }

  /**
   * {@code bench-ocr realistic real}: the real scans of the shared corpus read with and without the layout reading
   * (same run): the header's first lines, the issuer and number {@link MetadataReader} takes from each, and the CER
   * where a transcription lies beside the image ({@code page.txt}). Their truth is in the folder's README, so the
   * fields are judged by eye.
   */
  static void realScans(Path folder, OcrSettings settings) throws IOException {
    List<Path> images;
    try (Stream<Path> files = Files.list(folder)) {
      images = files.filter(f -> f.toString().matches(".*\\.(jpg|png)")).sorted().toList();
    }
    try (OcrEngine after = new OcrEngine(settings); OcrEngine before = new OcrEngine(settings.withoutLayout())) {
      for (Path image : images) {
        Path transcription = Path.of(image.toString().replaceFirst("\\.(jpg|png)$", ".txt"));
        for (OcrEngine engine : List.of(before, after)) {
          String text = Diacritics.nfc(engine.read(ImageIO.read(image.toFile())).text());
          DocumentMetadata read = MetadataReader.read(List.of(text));
          String cer = Files.exists(transcription) ? String.format("%.4f",
              CharacterErrorRate.of(Diacritics.nfc(Files.readString(transcription)), text)) : "-";
          System.out.printf("%s  %s  CER %s  issuer %s  number %s%n    %s%n", image.getFileName(),
              engine == before ? BEFORE_LAYOUT : "layout", cer, read.issuer() == null ? "-" : read.issuer().value(),
              read.number() == null ? "-" : read.number().value(),
              String.join("\n    ", text.lines().filter(l -> !l.isBlank()).limit(6).toList()));
        }
      }
    }
  }

  /**
   * Degraded one-column pages ({@link SamplePages.Quality#DEGRADED}: 150 dpi, 2% salt-and-pepper noise, 1 degree),
   * read by both readers: the quality score is calibrated on them as well as on the realistic scans.
   */
  static List<Point> degraded(int pages, OcrSettings settings) throws Exception {
    Path dir = Files.createTempDirectory("vankho-bench-degraded");
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try (OcrEngine engine = new OcrEngine(settings)) {
      List<Callable<List<Point>>> tasks = new ArrayList<>();
      for (int i = 0; i < pages; i++) {
        int index = i;
        tasks.add(() -> {
          SamplePages.SamplePage page = SamplePages.page(index, SamplePages.Quality.DEGRADED);
          Path file = dir.resolve("degraded-" + index + ".png");
          ImageIO.write(page.image(), "png", file.toFile());
          OcrResult ours = engine.read(ImageIO.read(file.toFile()));
          Cli cli = cli(file, settings);
          String label = index + " degraded";
          return List.of(new Point(label, "ours", ours.text(), ours.meanConfidence(), Double.NaN,
                  CharacterErrorRate.ofLines(page.text(), ours.text())),
              new Point(label, "tesseract", cli.text, cli.confidence, cli.lowShare,
                  CharacterErrorRate.ofLines(page.text(), cli.text)));
        });
      }
      List<Point> points = new ArrayList<>();
      for (Future<List<Point>> f : pool.invokeAll(tasks)) points.addAll(f.get());
      return points;
    } finally {
      pool.shutdownNow();
      deleteTree(dir);
    }
  }

  /** Generates, writes and reads {@code pages} scans with both readers, on as many threads as cores. */
  static List<Reading> run(int pages, OcrSettings settings) throws Exception {
    Path dir = Files.createTempDirectory("vankho-bench-realistic");
    int cores = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(cores);
    try (OcrEngine engine = new OcrEngine(settings); OcrEngine before = new OcrEngine(settings.withoutLayout())) {
      List<Callable<List<Reading>>> tasks = new ArrayList<>();
      for (int i = 0; i < pages; i++) {
        int index = i;
        tasks.add(() -> {
          RealisticScans.Scan scan = RealisticScans.page(index);
          Path file = dir.resolve("page-" + index + ".jpg");
          Files.write(file, scan.jpeg());
          OcrResult ours = engine.read(ImageIO.read(file.toFile()));
          OcrResult plain = before.read(ImageIO.read(file.toFile()));
          Cli cli = cli(file, settings);
          return List.of(measure(scan, BEFORE_LAYOUT, plain.text(), plain.meanConfidence(), Double.NaN),
              measure(scan, "ours", ours.text(), ours.meanConfidence(), Double.NaN),
              measure(scan, "tesseract", cli.text, cli.confidence, cli.lowShare));
        });
      }
      List<Reading> readings = new ArrayList<>();
      for (Future<List<Reading>> f : pool.invokeAll(tasks)) readings.addAll(f.get());
      return readings;
    } finally {
      pool.shutdownNow();
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  /** The command line's reading: text, mean word confidence, share of words under {@link #LOW_CONFIDENCE}. */
  private record Cli(String text, double confidence, double lowShare) {}

  /** The command line's text and its mean word confidence (from its TSV output, words only). */
  private static Cli cli(Path image, OcrSettings settings) throws IOException, InterruptedException {
    Path base = image.resolveSibling(image.getFileName() + ".cli");
    ProcessBuilder command = new ProcessBuilder("tesseract", image.toString(), base.toString(), "-l",
        settings.languageSpec(), "--tessdata-dir", settings.tessdata().toString(), "txt", "tsv")
        .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
    command.environment().put("OMP_THREAD_LIMIT", "1");
    int exit = command.start().waitFor();
    if (exit != 0) throw new IllegalStateException("tesseract exited with " + exit + " on " + image);
    String text = Files.readString(Path.of(base + ".txt"), StandardCharsets.UTF_8);
    double sum = 0;
    int words = 0;
    int low = 0;
    for (String row : Files.readAllLines(Path.of(base + ".tsv"), StandardCharsets.UTF_8)) {
      String[] cells = row.split("\t");
      if (cells.length == 12 && cells[0].equals("5") && !cells[11].isBlank()) {
        double confidence = Double.parseDouble(cells[10]);
        sum += confidence;
        words++;
        if (confidence < LOW_CONFIDENCE) low++;
      }
    }
    return new Cli(text, words == 0 ? 0 : sum / words, words == 0 ? 1 : (double) low / words);
  }

  static Reading measure(RealisticScans.Scan scan, String reader, String text, double confidence,
      double lowConfidenceShare) {
    RealisticScans.Truth truth = scan.truth();
    DocumentMetadata read = MetadataReader.read(List.of(Diacritics.nfc(text)));
    List<FieldReview.Flag> flags = FieldReview.check(read, Diacritics.nfc(text));
    Map<Field, Outcome> fields = new EnumMap<>(Field.class);
    fields.put(Field.NUMBER, outcome(read.number(), truth.number(), flags, FieldReview.Field.NUMBER));
    fields.put(Field.DATE, outcome(read.date(), truth.date(), flags, FieldReview.Field.DATE));
    fields.put(Field.ISSUER, outcome(read.issuer(), truth.issuer(), flags, null));
    fields.put(Field.SIGNER, outcome(read.signerName(), truth.signer(), flags, null));
    List<ProposedAward> awards = AwardReader.read(List.of(Diacritics.nfc(text)));
    int awardeesRight = 0;
    int rowsRight = 0;
    for (RealisticScans.Awardee a : truth.awardees()) {
      String name = Diacritics.searchForm(a.name().split(",")[0].replaceFirst("^(Ông|Bà|Cô giáo) ", ""));
      List<ProposedAward> named = awards.stream().filter(w -> Diacritics.searchForm(w.awardee()).contains(name)).toList();
      if (!named.isEmpty()) awardeesRight++;
      // only a table gives each awardee its form; a list's awardees take the article's
      String form = Diacritics.searchForm(a.form());
      if (named.stream().anyMatch(w -> Diacritics.searchForm(w.form()).equals(form))) rowsRight++;
    }
    return new Reading(scan, reader, text, confidence, lowConfidenceShare, CharacterErrorRate.of(truth.text(), text),
        CharacterErrorRate.ofLines(truth.text(), text), fields,
        awardeesRight, rowsRight);
  }

  private static <T> Outcome outcome(Extracted<T> read, T truth, List<FieldReview.Flag> flags,
      FieldReview.Field field) {
    if (field != null && flags.stream().anyMatch(f -> f.field() == field)) return Outcome.FLAGGED;
    if (read == null) return Outcome.MISSING;
    boolean same = truth instanceof String s ? Diacritics.searchForm(s).equals(Diacritics.searchForm((String) read.value()))
        : Objects.equals(truth, read.value());
    return same ? Outcome.RIGHT : Outcome.WRONG;
  }

  private static void report(List<Reading> readings) {
    long pages = readings.stream().map(r -> r.scan().index()).distinct().count();
    System.out.printf("%d generated scans (%s), read by our pipeline and by the tesseract command line%n", pages,
        "colour JPEG, 200 dpi or 150, skewed up to 0.9 degrees, noise; every other round handwritten number and day");
    System.out.println("CER: characters misread, each line of the truth matched where it reads best; in order: the plain"
        + " CER of the whole text, which also counts reading order");
    System.out.println("kind        reader      pages  CER     in order  number R/F/W  date R/F/W  issuer R  signer R  awardees"
        + "  with form");
    for (RealisticScans.Kind kind : RealisticScans.Kind.values()) {
      for (String reader : READERS) {
        List<Reading> set = readings.stream().filter(r -> r.scan().kind() == kind && r.reader().equals(reader)).toList();
        if (set.isEmpty()) continue;
        System.out.printf("%-11s %-11s %5d  %.4f  %.4f    %-12s  %-10s  %-8s  %-8s  %d/%d     %s%n",
            kind.name().toLowerCase(Locale.ROOT), reader, set.size(),
            set.stream().mapToDouble(Reading::cer).average().orElseThrow(),
            set.stream().mapToDouble(Reading::orderedCer).average().orElseThrow(),
            tally(set, Field.NUMBER, true), tally(set, Field.DATE, true),
            tally(set, Field.ISSUER, false), tally(set, Field.SIGNER, false),
            set.stream().mapToInt(Reading::awardeesRight).sum(),
            set.stream().mapToInt(r -> r.scan().truth().awardees().size()).sum(),
            kind == RealisticScans.Kind.TABLE ? set.stream().mapToInt(Reading::rowsRight).sum() + "/"
                + set.stream().mapToInt(r -> r.scan().truth().awardees().size()).sum() : "-");
      }
    }
    for (String reader : READERS) {
      List<Reading> set = readings.stream().filter(r -> r.reader().equals(reader)).toList();
      System.out.printf("all         %-11s %5d  %.4f  %.4f    handwritten pages: number flagged %s, date flagged %s;"
              + " printed pages: number right %s, date right %s%n", reader, set.size(),
          set.stream().mapToDouble(Reading::cer).average().orElseThrow(),
          set.stream().mapToDouble(Reading::orderedCer).average().orElseThrow(),
          share(set, true, Field.NUMBER, Outcome.FLAGGED), share(set, true, Field.DATE, Outcome.FLAGGED),
          share(set, false, Field.NUMBER, Outcome.RIGHT), share(set, false, Field.DATE, Outcome.RIGHT));
    }
  }

  private static void reportQuality(List<Point> points) {
    System.out.println();
    System.out.println("quality score: predicted CER against measured, every reading of every page");
    System.out.println("page                   reader      CER     predicted  valid  bigrams  confidence  words<60");
    for (Point p : points) {
      System.out.printf("%-22s %-11s %.4f  %.4f     %.3f  %.3f    %.1f        %.3f%n", p.page(), p.reader(), p.cer(),
          p.predicted(), PageQuality.score(p.text()), PageQuality.bigramShare(p.text()), p.confidence(),
          p.lowConfidenceShare());
    }
    // per-word confidences: the command line's TSV has them, our engine does not report them yet
    List<Point> cli = points.stream().filter(p -> !Double.isNaN(p.lowConfidenceShare())).toList();
    System.out.printf("command line readings (%d): Spearman with measured CER of words under %.0f confidence %.3f,"
        + " of the predicted CER %.3f%n", cli.size(), LOW_CONFIDENCE,
        RankCorrelation.spearman(cli.stream().mapToDouble(Point::lowConfidenceShare).toArray(),
            cli.stream().mapToDouble(Point::cer).toArray()),
        RankCorrelation.spearman(cli.stream().mapToDouble(Point::predicted).toArray(),
            cli.stream().mapToDouble(Point::cer).toArray()));
    for (String set : List.of("realistic", "all")) {
      List<Point> chosen = points.stream().filter(p -> set.equals("all") || !p.page().endsWith("degraded")).toList();
      double rho = RankCorrelation.spearman(chosen.stream().mapToDouble(Point::predicted).toArray(),
          chosen.stream().mapToDouble(Point::cer).toArray());
      List<Point> bad = chosen.stream().filter(p -> p.cer() > BAD_PAGE_CER).toList();
      long badFlagged = bad.stream().filter(p -> p.predicted() > PageQuality.REVIEW_ABOVE_CER).count();
      long goodFlagged = chosen.stream().filter(p -> p.cer() <= BAD_PAGE_CER)
          .filter(p -> p.predicted() > PageQuality.REVIEW_ABOVE_CER).count();
      System.out.printf("%s pages: Spearman(predicted, measured CER) = %.3f over %d readings; above 5%% CER flagged:"
          + " %d of %d; at or under 5%% flagged too: %d of %d%n", set, rho, chosen.size(), badFlagged, bad.size(),
          goodFlagged, chosen.size() - bad.size());
    }
  }

  private static String tally(List<Reading> set, Field field, boolean withFlags) {
    long right = set.stream().filter(r -> r.fields().get(field) == Outcome.RIGHT).count();
    long flagged = set.stream().filter(r -> r.fields().get(field) == Outcome.FLAGGED).count();
    long wrong = set.size() - right - flagged;
    return withFlags ? right + "/" + flagged + "/" + wrong : Long.toString(right);
  }

  private static String share(List<Reading> set, boolean handwritten, Field field, Outcome outcome) {
    List<Reading> subset = set.stream().filter(r -> r.scan().truth().handwritten() == handwritten).toList();
    return subset.stream().filter(r -> r.fields().get(field) == outcome).count() + "/" + subset.size();
  }
}
