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
import vn.vankho.index.PageEntries;
import vn.vankho.index.SearchRequest;
import vn.vankho.model.Page;
import vn.vankho.model.PageSource;
import vn.vankho.text.Diacritics;
import vn.vankho.text.DocumentNumber;
import vn.vankho.text.DocumentNumbers;
import vn.vankho.text.DocumentTypes;

/**
 * {@code ScaleBenchmark [--pages N] [--pages-per-document N] [--threads N] [--ram-mb N] [--queries N]
 * [--folder DIR [--reuse]]}: indexes a {@link SyntheticCorpus} into an {@link ArchiveIndex} with the archive's own
 * analyzers and entries (one entry per document, its pages joined; poorly read pages to the OCR field), then
 * prints indexing throughput, index size on disk, and search latency (p50, p99, with snippets and facets)
 * for a mix of queries. Without --folder the index goes to a temporary folder, deleted at the end. With
 * {@code --reuse}, a folder that already holds the index of that many pages is searched without indexing
 * again (an hour at 1,000,000 pages), so that two versions of the query code are measured on one index.
 */
public final class ScaleBenchmark {
  /** What one run measured. */
  public record Result(long pages, long documents, double seconds, long indexBytes, Map<String, double[]> latency) {
    double pagesPerSecond() {
      return pages / seconds;
    }
  }

  /** A long query: ten words, as questions and loosely remembered phrases run. */
  private static final int QUESTION_WORDS = 10;
  private static final int QUESTION_FROM = 25;

  private ScaleBenchmark() {}

  public static void main(String[] args) throws Exception {
    long pages = 1_000_000;
    int perDocument = 5;
    int threads = 2;
    double ramMb = 256;
    int queries = 200;
    Path folder = null;
    boolean reuse = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--pages" -> pages = Long.parseLong(args[++i]);
        case "--pages-per-document" -> perDocument = Integer.parseInt(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--ram-mb" -> ramMb = Double.parseDouble(args[++i]);
        case "--queries" -> queries = Integer.parseInt(args[++i]);
        case "--folder" -> folder = Path.of(args[++i]);
        case "--reuse" -> reuse = true;
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    boolean temporary = folder == null;
    Path target = temporary ? Files.createTempDirectory("vankho-scale") : folder;
    try {
      Result result = run(target, pages, perDocument, threads, ramMb, queries, reuse, System.out);
      System.out.println(report(result, threads, ramMb));
    } finally {
      if (temporary) {
        IOUtils.rm(target);
      }
    }
  }

  /**
   * Indexes {@code pages} pages into {@code folder} and measures; progress goes to {@code log}. With {@code reuse},
   * an index of that many documents already there is measured as it is (the indexing time then reads 0).
   */
  public static Result run(Path folder, long pages, int perDocument, int threads, double ramMb, int queries,
      boolean reuse, java.io.PrintStream log) throws Exception {
    SyntheticCorpus corpus = new SyntheticCorpus(42);
    long documents = (pages + perDocument - 1) / perDocument;
    long start = System.nanoTime();
    try (ArchiveIndex index = ArchiveIndex.openForWriting(folder, ramMb)) {
      if (reuse && index.size() == documents) {
        log.printf("searching the %d documents already in %s%n", documents, folder);
        return new Result(documents * perDocument, documents, 0, size(folder), latency(index, corpus, documents, perDocument, queries));
      }
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
      pages.add(new Page(p + 1, texts.get(p), PageSource.OCR, null, poor ? 0.3f : 0.95f, poor, null, null, null));
    }
    LocalDate date = LocalDate.of(document.year(), 1 + (int) (document.id() % 12), 1 + (int) (document.id() % 28));
    return PageEntries.of(document.id(), "synthetic-" + document.id() + ".pdf", pages, date);
  }

  /** p50 and p99 in milliseconds, per kind of query and over all, each query run once after a warm-up. */
  private static Map<String, double[]> latency(ArchiveIndex index, SyntheticCorpus corpus, long documents,
      int perDocument, int perKind) {
    SplittableRandom random = new SplittableRandom(7);
    Map<String, List<String>> mix = new LinkedHashMap<>();
    for (String kind : List.of("words", "phrase", "number", "folded", "ocr", "long")) {
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
      mix.get("long").add(question(document.writtenPages().get(random.nextInt(perDocument)), random));
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

  /**
   * Ten words of a page as a question remembers them: in their order, picked from a run of twenty-five, so
   * not a phrase and with the page's common syllables among them.
   */
  private static String question(String page, SplittableRandom random) {
    String[] run = wordsFrom(page, random, QUESTION_FROM).split(" ");
    List<String> kept = new ArrayList<>(List.of(run));
    while (kept.size() > QUESTION_WORDS) {
      kept.remove(random.nextInt(kept.size()));
    }
    return String.join(" ", kept);
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
    out.append(result.seconds() == 0
        ? String.format("indexing: none, the index was reused; index on disk: %.2f GB%n", result.indexBytes() / 1e9)
        : String.format("indexing: %.0f s, %.0f pages/s; index on disk: %.2f GB%n", result.seconds(),
            result.pagesPerSecond(), result.indexBytes() / 1e9));
    result.latency().forEach((kind, p) -> out.append(String.format("search %-7s p50 %7.2f ms  p99 %7.2f ms%n", kind, p[0], p[1])));
    return out.toString();
  }
}
