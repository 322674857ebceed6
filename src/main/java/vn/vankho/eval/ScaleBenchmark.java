package vn.vankho.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;
import vn.vankho.index.ArchiveIndex;
import vn.vankho.index.IndexedDocument;
import vn.vankho.index.SearchRequest;
import vn.vankho.model.Page;
import vn.vankho.model.PageSource;
import vn.vankho.text.Diacritics;
import vn.vankho.text.DocumentNumber;
import vn.vankho.text.DocumentNumbers;
import vn.vankho.text.DocumentTypes;

/**
 * {@code ScaleBenchmark [--pages N] [--pages-per-document N] [--threads N] [--ram-mb N] [--queries N]
 * [--folder DIR]}: indexes a {@link SyntheticCorpus} into an {@link ArchiveIndex} with the archive's own
 * analyzers and entries (one entry per document, its pages joined; poorly read pages to the OCR field), then
 * prints indexing throughput, index size on disk, and search latency (p50, p99, with snippets and facets)
 * for a mix of queries. Without --folder the index goes to a temporary folder, deleted at the end.
 */
public final class ScaleBenchmark {
  /** What one run measured. */
  public record Result(long pages, long documents, double seconds, long indexBytes, Map<String, double[]> latency) {
    double pagesPerSecond() {
      return pages / seconds;
    }
  }

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    long pages = 1_000_000;
    int perDocument = 5;
    int threads = 2;
    double ramMb = 256;
    int queries = 200;
    Path folder = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--pages" -> pages = Long.parseLong(args[++i]);
        case "--pages-per-document" -> perDocument = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--ram-mb" -> ramMb = Double.parseDouble(args[++i]);
        case "--queries" -> queries = Integer.parseInt(args[++i]);
        case "--folder" -> folder = Path.of(args[++i]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    boolean temporary = folder == null;
    Path target = temporary ? Files.createTempDirectory("vankho-scale") : folder;
    try {
      Result result = run(target, pages, perDocument, threads, ramMb, queries, System.out);
      System.out.println(report(result, threads, ramMb));
    } finally {
      if (temporary) {
        IOUtils.rm(target);
      }
    }
  }

  /** Indexes {@code pages} pages into {@code folder} and measures; progress goes to {@code log}. */
  public static Result run(Path folder, long pages, int perDocument, int threads, double ramMb, int queries,
      java.io.PrintStream log) throws Exception {
    SyntheticCorpus corpus = new SyntheticCorpus(42);
    long documents = (pages + perDocument - 1) / perDocument;
    long start = System.nanoTime();
    try (ArchiveIndex index = ArchiveIndex.openForWriting(folder, ramMb)) {
      AtomicLong done = new AtomicLong();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<?>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        int count = threads;
        work.add(pool.submit(() -> {
          for (long id = 1 + thread; id <= documents; id += count) {
            index.put(entry(corpus.document(id, perDocument)));
            long n = done.incrementAndGet();
            if (n % Math.max(1, documents / 10) == 0) {
              log.printf("indexed %d of %d documents, %.0f s%n", n, documents, (System.nanoTime() - start) / 1e9);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : work) {
        f.get();
      }
      pool.shutdown();
      index.commit();
      double seconds = (System.nanoTime() - start) / 1e9;
      long bytes = size(folder);
      return new Result(documents * perDocument, documents, seconds, bytes, latency(index, corpus, documents, perDocument, queries));
    }
  }

  /** The entry the archive would make of the document; the quality of each page is known from its reading. */
  static IndexedDocument entry(SyntheticCorpus.Document document) {
    List<String> texts = document.pages();
    List<Page> pages = new ArrayList<>();
    for (int p = 0; p < texts.size(); p++) {
      boolean poor = document.poorPages().contains(p);
      pages.add(new Page(p + 1, texts.get(p), PageSource.OCR, null, poor ? 0.3f : 0.95f, poor, null, null));
    }
    LocalDate date = LocalDate.of(document.year(), 1 + (int) (document.id() % 12), 1 + (int) (document.id() % 28));
    return IndexedDocument.fromPages(document.id(), "synthetic-" + document.id() + ".pdf", pages, date);
  }

  /** p50 and p99 in milliseconds, per kind of query and over all, each query run once after a warm-up. */
  private static Map<String, double[]> latency(ArchiveIndex index, SyntheticCorpus corpus, long documents,
      int perDocument, int perKind) {
    SplittableRandom random = new SplittableRandom(7);
    Map<String, List<String>> mix = new LinkedHashMap<>();
    for (String kind : List.of("words", "phrase", "number", "folded", "ocr")) {
      mix.put(kind, new ArrayList<>());
    }
    for (int i = 0; i < perKind; i++) {
      String words = corpus.syllable(50 + random.nextInt(2000)) + " " + corpus.syllable(50 + random.nextInt(2000));
      mix.get("words").add(words);
      mix.get("folded").add(Diacritics.fold(words));
      SyntheticCorpus.Document document = corpus.document(1 + random.nextLong(documents), perDocument);
      mix.get("phrase").add("\"" + wordsFrom(document.writtenPages().get(1 % perDocument), random, 3) + "\"");
      mix.get("number").add(random.nextBoolean() ? document.number() : typeAndSerial(document.number()));
      mix.get("ocr").add(wordsFrom(poorOrAny(corpus, documents, perDocument, random), random, 4));
    }
    mix.values().forEach(list -> list.forEach(q -> index.search(new SearchRequest(q, 10, 0))));
    Map<String, double[]> latency = new LinkedHashMap<>();
    List<Long> all = new ArrayList<>();
    mix.forEach((kind, list) -> {
      long[] nanos = new long[list.size()];
      for (int i = 0; i < nanos.length; i++) {
        long start = System.nanoTime();
        index.search(new SearchRequest(list.get(i), 10, 0));
        nanos[i] = System.nanoTime() - start;
        all.add(nanos[i]);
      }
      latency.put(kind, new double[] {EvaluationReport.percentile(nanos, 50), EvaluationReport.percentile(nanos, 99)});
    });
    long[] overall = all.stream().mapToLong(Long::longValue).toArray();
    latency.put("all", new double[] {EvaluationReport.percentile(overall, 50), EvaluationReport.percentile(overall, 99)});
    return latency;
  }

  /** "chỉ thị 41" for 41-CT/TW: the partial form people type. */
  private static String typeAndSerial(String number) {
    DocumentNumber parsed = DocumentNumbers.parse(number).orElseThrow();
    return DocumentTypes.name(parsed.type()).orElse(parsed.type()) + " " + parsed.serial();
  }

  /** The written text of a page the OCR read poorly (so the query is clean and the page is not). */
  private static String poorOrAny(SyntheticCorpus corpus, long documents, int perDocument, SplittableRandom random) {
    for (int attempt = 0; attempt < 1000; attempt++) {
      SyntheticCorpus.Document document = corpus.document(1 + random.nextLong(documents), perDocument);
      if (!document.poorPages().isEmpty()) {
        return document.writtenPages().get(document.poorPages().iterator().next());
      }
    }
    return corpus.document(1, perDocument).writtenPages().get(0);
  }

  private static String wordsFrom(String page, SplittableRandom random, int count) {
    String[] words = page.replaceAll("[.,:\\n]", " ").strip().split("\\s+");
    int from = random.nextInt(Math.max(1, words.length - count));
    return String.join(" ", java.util.Arrays.copyOfRange(words, from, Math.min(words.length, from + count)));
  }

  private static long size(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).mapToLong(f -> {
        try {
          return Files.size(f);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String report(Result result, int threads, double ramMb) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%d pages in %d documents, %d indexing threads, RAM buffer %.0f MB%n", result.pages(),
        result.documents(), threads, ramMb));
    out.append(String.format("indexing: %.0f s, %.0f pages/s; index on disk: %.2f GB%n", result.seconds(),
        result.pagesPerSecond(), result.indexBytes() / 1e9));
    result.latency().forEach((kind, p) -> out.append(String.format("search %-7s p50 %7.2f ms  p99 %7.2f ms%n", kind, p[0], p[1])));
    return out.toString();
  }
}
