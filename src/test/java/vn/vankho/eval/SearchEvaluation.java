package vn.vankho.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.IOUtils;
import vn.vankho.index.SolrLocation;
import vn.vankho.store.EmbeddedDatabaseServer;

/**
 * {@code SearchEvaluation [COLLECTION] [--database-url URL] [--repeat N] [--no-postgres] [--misses]
 * [--alqac DIR | --no-alqac]}: indexes the judged collection (default src/test/resources/eval) and ALQAC 2022
 * (default ../shared/corpus/alqac2022, {@link AlqacCollection}) each in a temporary Lucene index, in plain
 * BM25 ({@link PlainBm25Search}) and in PostgreSQL's full-text search (an embedded server in a temporary
 * folder unless a URL is given), runs every query, and prints recall@1/5/10, MRR@10, nDCG@10 and the share of
 * queries without a result per kind of query and overall, and the latency of each system; {@code --misses}
 * also lists each query that missed.
 */
public final class SearchEvaluation {
  static final Path DEFAULT_COLLECTION = Path.of("src/test/resources/eval");
  private static final int DEFAULT_REPEATS = 20;
  /** ALQAC has seven times the queries of the judged collection: fewer rounds give as many timings. */
  static final int ALQAC_REPEATS = 3;

  private SearchEvaluation() {}

  public static void main(String[] args) {
    Path collection = DEFAULT_COLLECTION;
    Path alqac = null;
    boolean withAlqac = true;
    String databaseUrl = null;
    int repeats = DEFAULT_REPEATS;
    boolean postgres = true;
    boolean misses = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--database-url" -> databaseUrl = args[++i];
        case "--repeat" -> repeats = Integer.parseInt(args[++i]);
        case "--no-postgres" -> postgres = false;
        case "--misses" -> misses = true;
        case "--alqac" -> alqac = Path.of(args[++i]);
        case "--no-alqac" -> withAlqac = false;
        default -> collection = Path.of(args[i]);
      }
    }
    evaluate(collection, withAlqac ? alqac : null, !withAlqac, databaseUrl, null, repeats, postgres, misses);
  }

  /**
   * Prints the figures of the judged collection, then those of ALQAC 2022: from {@code alqac}, or when it is null
   * from {@link AlqacCollection#DEFAULT_FOLDER} if that is there (unless {@code skipAlqac}). A folder named but
   * missing is an error. With {@code solr}, the judged collection is also searched on that SolrCloud (ALQAC is not:
   * its thousands of articles would take long to send).
   */
  public static void evaluate(Path collection, Path alqac, boolean skipAlqac, String databaseUrl, SolrLocation solr,
      int repeats, boolean postgres, boolean misses) {
    System.out.println("== Judged collection: " + collection + "\n");
    JudgedCollection judged = JudgedCollection.load(collection);
    List<EvaluationReport> reports = run(judged, databaseUrl, repeats, postgres);
    if (solr != null) {
      try (SolrSearch onSolr = new SolrSearch(solr, judged.documents())) {
        reports.add(1, EvaluationReport.run(onSolr, judged, repeats));
      }
    }
    print(reports, misses);
    if (skipAlqac) {
      return;
    }
    Path folder = alqac != null ? alqac : AlqacCollection.DEFAULT_FOLDER;
    if (alqac == null && !AlqacCollection.isIn(folder)) {
      System.out.println("== ALQAC 2022: not found in " + folder.toAbsolutePath().normalize()
          + ", skipped (name its folder with --alqac DIR)");
      return;
    }
    System.out.println("== ALQAC 2022: " + folder + " (kinds: " + AlqacCollection.TUNING + " = odd question numbers, "
        + AlqacCollection.HELD_OUT + " = even ones, kept aside when tuning)\n");
    print(run(AlqacCollection.load(folder), databaseUrl, ALQAC_REPEATS, postgres), misses);
  }

  /** Prints each report's table, and with {@code misses} the queries that missed. */
  public static void print(List<EvaluationReport> reports, boolean misses) {
    for (EvaluationReport report : reports) {
      System.out.println(report.table());
      if (misses) {
        System.out.println(report.misses());
      }
    }
  }

  /**
   * The reports of the archive's search, then of PostgreSQL full-text search when {@code postgres}, then of plain
   * BM25, on one collection.
   */
  public static List<EvaluationReport> run(JudgedCollection collection, String databaseUrl, int repeats,
      boolean postgres) {
    List<EvaluationReport> reports = new ArrayList<>();
    try (LuceneSearch lucene = new LuceneSearch(collection.documents())) {
      reports.add(EvaluationReport.run(lucene, collection, repeats));
    }
    if (postgres) {
      reports.add(databaseUrl != null ? postgres(databaseUrl, collection, repeats) : embedded(collection, repeats));
    }
    try (PlainBm25Search bm25 = new PlainBm25Search(collection.documents())) {
      reports.add(EvaluationReport.run(bm25, collection, repeats));
    }
    return reports;
  }

  private static EvaluationReport embedded(JudgedCollection collection, int repeats) {
    try {
      Path folder = Files.createTempDirectory("vankho-eval-postgres");
      try (EmbeddedDatabaseServer server = EmbeddedDatabaseServer.startOrAttach(folder)) {
        return postgres(server.jdbcUrl(), collection, repeats);
      } finally {
        IOUtils.rm(folder);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static EvaluationReport postgres(String databaseUrl, JudgedCollection collection, int repeats) {
    try (PostgresSearch search = new PostgresSearch(databaseUrl, collection.documents())) {
      return EvaluationReport.run(search, collection, repeats);
    }
  }
}
