package vn.vankho.eval;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
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
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import vn.vankho.ingest.FieldReview;
import vn.vankho.ingest.awards.AwardReader;
import vn.vankho.ingest.awards.ProposedAward;
import vn.vankho.ingest.metadata.DocumentMetadata;
import vn.vankho.ingest.metadata.Extracted;
import vn.vankho.ingest.metadata.MetadataReader;
import vn.vankho.ingest.ocr.CharacterErrorRate;
import vn.vankho.ingest.ocr.InkCoverage;
import vn.vankho.ingest.ocr.OcrEngine;
import vn.vankho.ingest.ocr.OcrResult;
import vn.vankho.ingest.ocr.OcrSettings;
import vn.vankho.ingest.ocr.RealisticScans;
import vn.vankho.ingest.ocr.TextLine;
import vn.vankho.text.Diacritics;
import vn.vankho.text.PageQuality;
import vn.vankho.text.PostCorrection;
import vn.vankho.testing.TestOcr;

/**
 * {@code bench-ocr realistic [N] [fit]}: our pipeline against the {@code tesseract} command line on N generated
 * realistic scans ({@link RealisticScans}, the same JPEG files for both): CER per kind of page, ours before and
 * after post-correction ({@link PostCorrection}), the number, date, issuer and signer read right, flagged for
 * review or wrong, the awardees read with their form, and how well the page quality score predicts the measured
 * CER (Spearman's rank correlation, pages above 5% CER that it sends to review) on these pages and on N more
 * scans spoiled one way each at a strength spread from a little to hardly legible ({@link #extra}), read by both. The transcribed real scans of the shared corpus, where present, are
 * read before and after correction too. With {@code fit}, the quality score's weights are fitted again on other
 * pages (scans N to 2N-1 and N more spoiled ones: a development set), printed as rows of
 * index-config/page-quality.txt, and the measured pages scored with them as well. The command line is run as a
 * new user would: {@code tesseract page.jpg out -l vie}.
 * Our pipeline also reads each page without its layout reading ("no layout": Tesseract's text as it gives it),
 * so the header columns and table rows are measured before and after in the same run; {@code real} reads the
 * shared corpus's real scans with and without it.
 */
public final class RealisticOcrBenchmark {
  private static final int DEFAULT_PAGES = 24;
  private static final double BAD_PAGE_CER = 0.05;
  /** The spoiled pages ({@link #extra}) are of scans from this index on, apart from the benchmark's and the development set's. */
  private static final int SPOILED_FROM = 1000;
  /** The word in an extra page's label that sets it apart from the realistic scans. */
  private static final String SPOILED = "spoiled";
  /** Our pipeline with Tesseract's text as it gives it, without the layout reading: the layout's "before". */
  private static final String BEFORE_LAYOUT = "no layout";
  private static final List<String> READERS = List.of(BEFORE_LAYOUT, "ours", "tesseract");

  /**
   * One reading of one page by one reader, with what was measured on it; {@code rawCer} is the CER of the
   * engine's own text before post-correction (for the command line, uncorrected, the same as {@code cer}).
   */
  record Reading(RealisticScans.Scan scan, String reader, String text, List<Float> confidences, List<Float> symbols,
      PageQuality.Ink ink, String shapes, double orderedCer, double cer, double rawCer, Map<Field, Outcome> fields,
      int awardeesRight, int rowsRight) {}

  /**
   * A page reading as the quality score sees it: the text kept, its words' and symbols' confidences, what its ink
   * says ({@link PageQuality.Ink}), its lines' shapes ({@link #shapes}), and the CER measured; kept whole so
   * that a refit can compute the signs again as they are now defined.
   */
  record Point(String page, String reader, String text, List<Float> words, List<Float> symbols,
      PageQuality.Ink ink, String shapes, double cer) {
    PageQuality.Signs signs() {
      return PageQuality.signs(text, words, symbols, ink);
    }
  }

  /** Each text line's width and height in pixels and the characters read on it ("w:h:n", comma-separated). */
  static String shapes(List<TextLine> lines, BufferedImage image) {
    return String.join(",", lines.stream().map(l -> String.format(Locale.ROOT, "%d:%d:%d",
        Math.round((l.right() - l.left()) * image.getWidth()), Math.round((l.bottom() - l.top()) * image.getHeight()),
        l.text().codePoints().filter(c -> !Character.isWhitespace(c)).count())).toList());
  }

  enum Field { NUMBER, DATE, ISSUER, SIGNER }

  enum Outcome { RIGHT, FLAGGED, WRONG, MISSING }

  private RealisticOcrBenchmark() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 1 && args[1].equals("real")) {
      realScans(SharedCorpus.folder().resolve("scans"), TestOcr.settings());
      return;
    }
    int pages = args.length > 1 && args[1].matches("\\d+") ? Integer.parseInt(args[1]) : DEFAULT_PAGES;
    if (args.length > 1 && args[1].equals("refit")) {
      QualityReadings.Saved saved = QualityReadings.load(args.length > 2 ? Path.of(args[2]) : QualityReadings.FILE);
      refit(saved.development(), saved.heldOut());
      return;
    }
    boolean fit = List.of(args).contains("fit");
    // as many spoiled pages as scans: the scans are nearly all read without a slip, the spoiled ones spread the CER
    int extraPages = pages;
    OcrSettings settings = TestOcr.settings();
    // a fit reads twice the pages: the layout's before and after are left to the run without it
    List<Reading> readings = run(0, pages, settings, !fit);
    List<Point> points = new ArrayList<>(points(readings.stream().filter(r -> !r.reader().equals(BEFORE_LAYOUT)).toList()));
    points.addAll(extra(0, extraPages, settings));
    report(readings);
    reportRealScans(settings);
    reportQuality("configured weights (index-config/page-quality.txt)", points, PageQuality::predictedCer);
    if (!fit) return;
    List<Point> development = new ArrayList<>(points(run(pages, 2 * pages, settings, false)));
    development.addAll(extra(extraPages, 2 * extraPages, settings));
    QualityReadings.save(QualityReadings.FILE, development, points);
    System.out.printf("%n%d development readings (scans %d to %d, extra pages %d to %d) and %d held out saved in %s%n",
        development.size(), pages, 2 * pages - 1, extraPages, 2 * extraPages - 1, points.size(), QualityReadings.FILE);
    refit(development, points);
  }

  /**
   * Fits the quality score's weights on the development readings, prints them as rows of
   * index-config/page-quality.txt, and scores the development readings, the held-out ones, and all of them.
   */
  private static void refit(List<Point> development, List<Point> heldOut) {
    double[] weights = QualityFit.fit(development.stream().map(Point::signs).toList(),
        development.stream().mapToDouble(Point::cer).toArray());
    System.out.printf("%nweights fitted on %d development readings:%n", development.size());
    for (int i = 0; i < weights.length; i++) {
      System.out.printf("%s\t%.4f%n", PageQuality.WEIGHT_NAMES.get(i), weights[i]);
    }
    List<Point> all = Stream.concat(development.stream(), heldOut.stream()).toList();
    reportQuality("development pages, fitted weights", development, s -> PageQuality.predictedCer(s, weights));
    reportQuality("held-out pages, fitted weights", heldOut, s -> PageQuality.predictedCer(s, weights));
    reportQuality("all pages (development and held out), fitted weights", all, s -> PageQuality.predictedCer(s, weights));
    reportQuality("held-out pages, configured weights", heldOut, PageQuality::predictedCer);
    reportQuality("all pages, configured weights", all, PageQuality::predictedCer);
  }

  private static List<Point> points(List<Reading> readings) {
    return readings.stream().map(r -> new Point(r.scan().index() + " "
        + r.scan().kind().name().toLowerCase(Locale.ROOT) + (r.scan().truth().handwritten() ? " hand" : ""),
        r.reader(), r.text(), r.confidences(), r.symbols(), r.ink(), r.shapes(), r.cer())).toList();
  }

  /**
   * {@code bench-ocr realistic real}: the real scans of the shared corpus read with and without the layout reading
   * (same run) and by the {@code tesseract} command line: the header's first lines, the number, type, issuer and date
   * {@link MetadataReader} takes from each (after post-correction, as the archive keeps them), the fields
   * {@link FieldReview} flags, and the CER against the page's transcription ({@link RealScanTranscriptions}):
   * whitespace-normalised and in order ("in order"), and of the characters alone ("lines", {@link
   * CharacterErrorRate#ofLines}); per page and over all pages (errors over the transcriptions' length); and, for our
   * readings, the CER the quality score predicts. The fields are judged by eye against the corpus's README.
   */
  static void realScans(Path folder, OcrSettings settings) throws IOException, InterruptedException {
    List<Path> images;
    try (Stream<Path> files = Files.list(folder)) {
      images = files.filter(f -> f.toString().matches(".*\\.(jpg|png)")).sorted().toList();
    }
    Path work = Files.createTempDirectory("vankho-bench-real");
    Map<String, double[]> totals = new java.util.LinkedHashMap<>();
    Map<String, Map<RealScanFields.Outcome, Integer>> fieldTotals = new java.util.LinkedHashMap<>();
    try (OcrEngine after = new OcrEngine(settings); OcrEngine before = new OcrEngine(settings.withoutLayout())) {
      for (Path image : images) {
        Optional<String> truth = RealScanTranscriptions.of(image);
        Optional<RealScanFields.Truth> fieldTruth = RealScanFields.of(image);
        // the command line writes its output beside the image: a copy, the corpus being read-only
        Path copy = Files.copy(image, work.resolve(image.getFileName()));
        BufferedImage scan = ImageIO.read(image.toFile());
        for (String reader : List.of(BEFORE_LAYOUT, "layout", "tesseract")) {
          String text;
          List<TextLine> lines;
          OcrResult ours = null;
          if (reader.equals("tesseract")) {
            Cli cli = cli(copy, settings);
            text = Diacritics.nfc(cli.text());
            lines = cli.lines();
          } else {
            ours = (reader.equals(BEFORE_LAYOUT) ? before : after).read(scan);
            text = Diacritics.nfc(PostCorrection.correct(ours.text()));
            lines = ours.lines();
          }
          DocumentMetadata read = MetadataReader.read(List.of(text));
          List<FieldReview.Flag> flags = FieldReview.check(read, text, lines);
          String cer = "-";
          if (truth.isPresent()) {
            double inOrder = CharacterErrorRate.of(truth.get(), text);
            double ofLines = CharacterErrorRate.ofLines(truth.get(), text);
            int length = CharacterErrorRate.length(truth.get());
            double[] sum = totals.computeIfAbsent(reader, r -> new double[3]);
            sum[0] += inOrder * length;
            sum[1] += ofLines * length;
            sum[2] += length;
            cer = String.format("%.4f (lines %.4f)", inOrder, ofLines);
          }
          String predicted = "";
          if (ours != null) {
            PageQuality.Signs signs = PageQuality.signs(text, ours.wordConfidences(), ours.symbolConfidences(), ours.ink());
            double p = PageQuality.predictedCer(signs);
            predicted = String.format("  predicted %.4f%s", p, PageQuality.needsReview(signs, p) ? " (to review)" : "");
          }
          String judged = "";
          if (fieldTruth.isPresent()) {
            Map<FieldReview.Field, RealScanFields.Outcome> outcomes = RealScanFields.judge(fieldTruth.get(), read, flags);
            Map<RealScanFields.Outcome, Integer> sum = fieldTotals.computeIfAbsent(reader,
                r -> new EnumMap<>(RealScanFields.Outcome.class));
            outcomes.values().forEach(o -> sum.merge(o, 1, Integer::sum));
            judged = "  fields " + outcomes.entrySet().stream()
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue().letter)
                .collect(java.util.stream.Collectors.joining(" "));
          }
          System.out.printf("%s  %s  CER %s%s  number %s  type %s  issuer %s  date %s%s%n    flagged: %s%n    %s%n",
              image.getFileName(), reader, cer, predicted, value(read.number()), value(read.type()),
              value(read.issuer()), value(read.date()), judged, flags.isEmpty() ? "-" : FieldReview.problem(flags),
              String.join("\n    ", text.lines().filter(l -> !l.isBlank()).limit(6).toList()));
        }
      }
    } finally {
      deleteTree(work);
    }
    System.out.printf("%nall transcribed pages: CER in order (characters alone), errors over the transcriptions' length%n");
    totals.forEach((reader, sum) -> System.out.printf("%-10s %.4f (lines %.4f)  %.0f characters%n", reader,
        sum[0] / sum[2], sum[1] / sum[2], sum[2]));
    System.out.printf("%nfields (number, type, issuer, date) of the labelled pages (real-scans/fields.tsv): R right, F flagged"
        + " for review, W wrong and not flagged, M missing and not flagged, - not on the page and none read%n");
    fieldTotals.forEach((reader, sum) -> System.out.printf("%-10s R %d  F %d  W %d  M %d  - %d%n", reader,
        sum.getOrDefault(RealScanFields.Outcome.RIGHT, 0), sum.getOrDefault(RealScanFields.Outcome.FLAGGED, 0),
        sum.getOrDefault(RealScanFields.Outcome.WRONG, 0), sum.getOrDefault(RealScanFields.Outcome.MISSING, 0),
        sum.getOrDefault(RealScanFields.Outcome.NOT_ON_PAGE, 0)));
  }

  private static String value(Extracted<?> read) {
    return read == null ? "-" : String.valueOf(read.value());
  }

  /**
   * The quality score's extra pages {@code from} to {@code to - 1}, read by both readers: realistic scans spoiled
   * one way each, at a strength from a little to hardly legible ({@link ScanDegradations}: blur, noise, low
   * resolution, JPEG, skew, faint ink), so that the score is measured over the range of CER an archive meets, not
   * only over good scans. The spoiled scans are of pages from {@link #SPOILED_FROM} on, apart from the benchmark's
   * and the development set's.
   */
  static List<Point> extra(int from, int to, OcrSettings settings) throws Exception {
    Path dir = Files.createTempDirectory("vankho-bench-extra");
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try (OcrEngine engine = new OcrEngine(settings)) {
      List<Callable<List<Point>>> tasks = new ArrayList<>();
      for (int i = from; i < to; i++) {
        int index = i;
        tasks.add(() -> {
          // the source page shifts by one a round of kinds, so that no way of spoiling always meets the same kind
          RealisticScans.Scan scan = RealisticScans.page(SPOILED_FROM + index + index / ScanDegradations.Kind.values().length);
          ScanDegradations.Degraded spoiled = ScanDegradations.apply(index, scan.image());
          String label = index + " " + SPOILED + " " + spoiled.label();
          Path file = dir.resolve("spoiled-" + index + (spoiled.jpeg() ? ".jpg" : ".png"));
          if (spoiled.jpeg()) {
            Files.write(file, RealisticScans.jpeg(spoiled.image(), spoiled.jpegQuality()));
          } else {
            ImageIO.write(spoiled.image(), "png", file.toFile());
          }
          BufferedImage image = ImageIO.read(file.toFile());
          String truth = scan.truth().text();
          OcrResult ours = engine.read(image);
          String corrected = PostCorrection.correct(ours.text());
          Cli cli = cli(file, settings);
          return List.of(
              new Point(label, "ours", corrected, ours.wordConfidences(), ours.symbolConfidences(), ours.ink(),
                  shapes(ours.lines(), image), CharacterErrorRate.ofLines(truth, corrected)),
              new Point(label, "tesseract", cli.text, cli.confidences, cli.symbols, cli.ink, shapes(cli.lines, image),
                  CharacterErrorRate.ofLines(truth, cli.text)));
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

  /**
   * Generates, writes and reads scans {@code from} to {@code to - 1} with both readers, on as many threads as cores;
   * ours also without its layout reading where {@code withoutLayoutToo}.
   */
  static List<Reading> run(int from, int to, OcrSettings settings, boolean withoutLayoutToo) throws Exception {
    Path dir = Files.createTempDirectory("vankho-bench-realistic");
    int cores = Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(cores);
    try (OcrEngine engine = new OcrEngine(settings); OcrEngine before = new OcrEngine(settings.withoutLayout())) {
      List<Callable<List<Reading>>> tasks = new ArrayList<>();
      for (int i = from; i < to; i++) {
        int index = i;
        tasks.add(() -> {
          RealisticScans.Scan scan = RealisticScans.page(index);
          Path file = dir.resolve("page-" + index + ".jpg");
          Files.write(file, scan.jpeg());
          OcrResult ours = engine.read(ImageIO.read(file.toFile()));
          Cli cli = cli(file, settings);
          List<Reading> read = new ArrayList<>(List.of(
              measure(scan, "ours", ours.text(), PostCorrection.correct(ours.text()), ours),
              measure(scan, "tesseract", cli.text, cli.text,
                  new OcrResult(cli.text, 0, cli.confidences, cli.symbols, cli.lines, cli.ink))));
          if (withoutLayoutToo) {
            OcrResult plain = before.read(ImageIO.read(file.toFile()));
            read.add(0, measure(scan, BEFORE_LAYOUT, plain.text(), PostCorrection.correct(plain.text()), plain));
          }
          return read;
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

  /** Our reading of the transcribed real scans: CER (whitespace-normalised) before and after post-correction. */
  private static void reportRealScans(OcrSettings settings) throws IOException {
    Optional<Path> corpus = SharedCorpus.find();
    if (corpus.isEmpty()) return;
    List<Path> images;
    try (Stream<Path> files = Files.list(corpus.get().resolve("scans"))) {
      images = files.filter(f -> f.toString().matches(".*\\.(jpg|png)")).sorted().toList();
    }
    System.out.println();
    System.out.println("real scans of the shared corpus (scans/): CER of our reading before and after post-correction");
    try (OcrEngine engine = new OcrEngine(settings)) {
      for (Path image : images) {
        Optional<String> truth = RealScanTranscriptions.of(image);
        Optional<RealScanFields.Truth> fieldTruth = RealScanFields.of(image);
        if (truth.isEmpty()) continue;
        String read = engine.read(ImageIO.read(image.toFile())).text();
        System.out.printf("%-34s before %.4f  after %.4f%n", image.getFileName(), CharacterErrorRate.of(truth.get(), read),
            CharacterErrorRate.of(truth.get(), PostCorrection.correct(read)));
      }
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  /**
   * The command line's reading: its text, its words' and its symbols' confidences, its lines with their words, and
   * what the image's ink says of it ({@link PageQuality.Ink}).
   */
  private record Cli(String text, List<Float> confidences, List<Float> symbols, List<TextLine> lines,
      PageQuality.Ink ink) {}

  /** A symbol's confidence in the command line's hOCR output with {@code hocr_char_boxes} ("x_conf 99.12"). */
  private static final Pattern SYMBOL_CONFIDENCE = Pattern.compile("x_conf (\\d+(?:\\.\\d+)?)");

  /**
   * The command line's text, its words' confidences (from its TSV output, words only), its symbols' (from its hOCR
   * output, each character's box and confidence asked for) and the ink of the image it read held against the lines
   * and words of its TSV ({@link InkCoverage}, as our engine measures its own).
   */
  private static Cli cli(Path image, OcrSettings settings) throws IOException, InterruptedException {
    Path base = image.resolveSibling(image.getFileName() + ".cli");
    TestOcr.runCommandLine(settings, image, base, "-c", "hocr_char_boxes=1", "txt", "tsv", "hocr");
    String text = Files.readString(Path.of(base + ".txt"), StandardCharsets.UTF_8);
    BufferedImage read = ImageIO.read(image.toFile());
    List<Float> confidences = new ArrayList<>();
    List<Rectangle> boxes = new ArrayList<>();
    List<Rectangle> wordBoxes = new ArrayList<>();
    List<List<TextLine.Word>> words = new ArrayList<>();
    for (String row : Files.readAllLines(Path.of(base + ".tsv"), StandardCharsets.UTF_8)) {
      String[] cells = row.split("\t");
      if (cells.length >= 10 && cells[0].equals("4")) {
        boxes.add(new Rectangle(Integer.parseInt(cells[6]), Integer.parseInt(cells[7]), Integer.parseInt(cells[8]),
            Integer.parseInt(cells[9])));
        words.add(new ArrayList<>());
      }
      if (cells.length == 12 && cells[0].equals("5") && !cells[11].isBlank()) {
        confidences.add(Float.parseFloat(cells[10]));
        wordBoxes.add(new Rectangle(Integer.parseInt(cells[6]), Integer.parseInt(cells[7]), Integer.parseInt(cells[8]),
            Integer.parseInt(cells[9])));
        words.get(words.size() - 1).add(new TextLine.Word(cells[11], Float.parseFloat(cells[10]), TextLine.Word.NO_DIGIT));
      }
    }
    List<TextLine> lines = new ArrayList<>();
    for (int i = 0; i < boxes.size(); i++) {
      Rectangle b = boxes.get(i);
      lines.add(new TextLine(String.join(" ", words.get(i).stream().map(TextLine.Word::text).toList()), words.get(i),
          (double) b.x / read.getWidth(), (double) b.y / read.getHeight(), (double) (b.x + b.width) / read.getWidth(),
          (double) (b.y + b.height) / read.getHeight()));
    }
    List<Float> symbols = new ArrayList<>();
    Matcher symbol = SYMBOL_CONFIDENCE.matcher(Files.readString(Path.of(base + ".hocr"), StandardCharsets.UTF_8));
    while (symbol.find()) symbols.add(Float.parseFloat(symbol.group(1)));
    return new Cli(text, confidences, symbols, lines, InkCoverage.of(read, boxes, wordBoxes));
  }

  /**
   * Measures one reading: {@code raw} as the engine read it, {@code text} as kept (after post-correction), and what
   * else the engine gave ({@code read}: its words' confidences and lines, the ink outside them).
   */
  static Reading measure(RealisticScans.Scan scan, String reader, String raw, String text, OcrResult read) {
    RealisticScans.Truth truth = scan.truth();
    DocumentMetadata metadata = MetadataReader.read(List.of(Diacritics.nfc(text)));
    List<FieldReview.Flag> flags = FieldReview.check(metadata, Diacritics.nfc(text), read.lines());
    Map<Field, Outcome> fields = new EnumMap<>(Field.class);
    fields.put(Field.NUMBER, outcome(metadata.number(), truth.number(), flags, FieldReview.Field.NUMBER));
    fields.put(Field.DATE, outcome(metadata.date(), truth.date(), flags, FieldReview.Field.DATE));
    fields.put(Field.ISSUER, outcome(metadata.issuer(), truth.issuer(), flags, FieldReview.Field.ISSUER));
    fields.put(Field.SIGNER, outcome(metadata.signerName(), truth.signer(), flags, null));
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
    return new Reading(scan, reader, text, read.wordConfidences(), read.symbolConfidences(), read.ink(),
        shapes(read.lines(), scan.image()),
        CharacterErrorRate.of(truth.text(), text),
        CharacterErrorRate.ofLines(truth.text(), text), CharacterErrorRate.ofLines(truth.text(), raw), fields,
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
    System.out.println("CER: characters misread, each line of the truth matched where it reads best (raw: ours before"
        + " post-correction); in order: the plain CER of the whole text, which also counts reading order");
    System.out.println("kind        reader      pages  raw CER  CER     in order  number R/F/W  date R/F/W  issuer R/F/W signer R  awardees"
        + "  with form");
    for (RealisticScans.Kind kind : RealisticScans.Kind.values()) {
      for (String reader : READERS) {
        List<Reading> set = readings.stream().filter(r -> r.scan().kind() == kind && r.reader().equals(reader)).toList();
        if (set.isEmpty()) continue;
        System.out.printf("%-11s %-11s %5d  %.4f   %.4f  %.4f    %-12s  %-10s  %-12s %-8s  %d/%d     %s%n",
            kind.name().toLowerCase(Locale.ROOT), reader, set.size(),
            set.stream().mapToDouble(Reading::rawCer).average().orElseThrow(),
            set.stream().mapToDouble(Reading::cer).average().orElseThrow(),
            set.stream().mapToDouble(Reading::orderedCer).average().orElseThrow(),
            tally(set, Field.NUMBER, true), tally(set, Field.DATE, true),
            tally(set, Field.ISSUER, true), tally(set, Field.SIGNER, false),
            set.stream().mapToInt(Reading::awardeesRight).sum(),
            set.stream().mapToInt(r -> r.scan().truth().awardees().size()).sum(),
            kind == RealisticScans.Kind.TABLE ? set.stream().mapToInt(Reading::rowsRight).sum() + "/"
                + set.stream().mapToInt(r -> r.scan().truth().awardees().size()).sum() : "-");
      }
    }
    for (String reader : READERS) {
      List<Reading> set = readings.stream().filter(r -> r.reader().equals(reader)).toList();
      if (set.isEmpty()) continue;
      System.out.printf("all         %-11s %5d  %.4f   %.4f  %.4f    handwritten pages: number flagged %s, date flagged"
              + " %s; printed pages: number right %s, date right %s%n", reader, set.size(),
          set.stream().mapToDouble(Reading::rawCer).average().orElseThrow(),
          set.stream().mapToDouble(Reading::cer).average().orElseThrow(),
          set.stream().mapToDouble(Reading::orderedCer).average().orElseThrow(),
          share(set, true, Field.NUMBER, Outcome.FLAGGED), share(set, true, Field.DATE, Outcome.FLAGGED),
          share(set, false, Field.NUMBER, Outcome.RIGHT), share(set, false, Field.DATE, Outcome.RIGHT));
    }
    List<Reading> ours = readings.stream().filter(r -> r.reader().equals("ours")).toList();
    System.out.printf("post-correction, our pages: better %d, worse %d, unchanged %d%n",
        ours.stream().filter(r -> r.cer() < r.rawCer()).count(), ours.stream().filter(r -> r.cer() > r.rawCer()).count(),
        ours.stream().filter(r -> r.cer() == r.rawCer()).count());
  }

  /** Spearman's rank correlation of predicted and measured CER, and the pages flagged, per reader and together. */
  private static void reportQuality(String title, List<Point> points, ToDoubleFunction<PageQuality.Signs> predict) {
    System.out.println();
    System.out.println("quality score, " + title + ": predicted CER against measured");
    System.out.println("page                   reader      CER     predicted  illegible  unlikely  doubt  words<60  mixed"
        + "  ink outside lines  words<90  symbols<90  unread text  small text  unseen");
    for (Point p : points) {
      PageQuality.Signs s = p.signs();
      System.out.printf("%-22s %-11s %.4f  %.4f     %.3f      %.3f     %.3f  %.3f     %.3f  %.3f              %.3f"
              + "     %.4f      %.4f       %.3f       %.3f%n", p.page(), p.reader(), p.cer(), predict.applyAsDouble(s),
          s.illegible(), s.unlikely(), s.doubt(), s.lowConfidence(), s.mixed(), s.uncoveredInk(), s.unsureWords(),
          s.unsureSymbols(), s.unreadText(), s.smallText(), s.unseenSyllables());
    }
    for (String reader : List.of("ours", "tesseract", "both")) {
      for (String set : List.of("realistic", SPOILED, "all")) {
        List<Point> chosen = points.stream().filter(p -> reader.equals("both") || p.reader().equals(reader))
            .filter(p -> set.equals("all") || p.page().contains(" " + SPOILED + " ") == set.equals(SPOILED)).toList();
        double[] predicted = chosen.stream().mapToDouble(p -> predict.applyAsDouble(p.signs())).toArray();
        double rho = RankCorrelation.spearman(predicted, chosen.stream().mapToDouble(Point::cer).toArray());
        int bad = 0;
        int badFlagged = 0;
        int goodFlagged = 0;
        for (int i = 0; i < chosen.size(); i++) {
          boolean flagged = PageQuality.needsReview(chosen.get(i).signs(), predicted[i]);
          if (chosen.get(i).cer() > BAD_PAGE_CER) {
            bad++;
            if (flagged) badFlagged++;
          } else if (flagged) {
            goodFlagged++;
          }
        }
        System.out.printf("%-9s %-9s Spearman %.3f over %3d readings; above 5%% CER flagged %d of %d; at or under"
            + " 5%% flagged too %d of %d%n", reader, set, rho, chosen.size(), badFlagged, bad, goodFlagged,
            chosen.size() - bad);
      }
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
