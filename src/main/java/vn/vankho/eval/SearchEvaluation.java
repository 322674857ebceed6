package vn.vankho.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.IOUtils;
import vn.vankho.store.EmbeddedDatabaseServer;

/**
 * {@code SearchEvaluation [COLLECTION] [--database-url URL] [--repeat N] [--no-postgres] [--misses]}: indexes the judged
 * collection (default src/test/resources/eval) in a temporary Lucene index and in PostgreSQL's full-text
 * search (an embedded server in a temporary folder unless a URL is given), runs every query, and prints
 * recall@10, MRR and nDCG@10 per kind of query and overall, and the latency of each system;
 * {@code --misses} also lists each query that missed.
 */
public final class SearchEvaluation {
  static final Path DEFAULT_COLLECTION = Path.of("src/test/resources/eval");
  private static final int DEFAULT_REPEATS = 20;

  private SearchEvaluation() {}

  public static void main(String[] args) {
    Path collection = DEFAULT_COLLECTION;
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
        default -> collection = Path.of(args[i]);
      }
    }
    print(run(JudgedCollection.load(collection), databaseUrl, repeats, postgres), misses);
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

  /** The reports of Lucene and, when {@code postgres}, of PostgreSQL full-text search, on one collection. */
  public static List<EvaluationReport> run(JudgedCollection collection, String databaseUrl, int repeats,
      boolean postgres) {
    List<EvaluationReport> reports = new ArrayList<>();
    try (LuceneSearch lucene = new LuceneSearch(collection.documents())) {
      reports.add(EvaluationReport.run(lucene, collection, repeats));
    }
    if (postgres) {
      reports.add(databaseUrl != null ? postgres(databaseUrl, collection, repeats) : embedded(collection, repeats));
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
