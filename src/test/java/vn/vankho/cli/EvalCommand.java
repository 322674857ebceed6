package vn.vankho.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.vankho.eval.SearchEvaluation;
import vn.vankho.index.SolrLocation;

/**
 * {@code vankho eval [--repeat N] [--no-postgres] [--misses] [--alqac DIR | --no-alqac] [COLLECTION]}: search
 * quality on the judged collection and on ALQAC 2022, ours against plain BM25 and PostgreSQL's; with the archive's
 * {@code --solr ZK}, ours on that SolrCloud too, side by side with the embedded index (its collection vankho is
 * emptied: a test cluster, never the archive's own).
 */
@Command(name = "eval", description = "Measure search on the judged collection and ALQAC 2022, against plain BM25 and PostgreSQL full-text search.")
final class EvalCommand implements Callable<Integer> {
  @ParentCommand VankhoCommand parent;

  @Parameters(arity = "0..1", paramLabel = "COLLECTION", defaultValue = "src/test/resources/eval",
      description = "Folder with docs/ and queries.tsv (default: ${DEFAULT-VALUE}).")
  Path collection;

  @Option(names = "--repeat", defaultValue = "20", description = "Runs of each query for latency (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--no-postgres", description = "Only our search.")
  boolean noPostgres;

  @Option(names = "--misses", description = "Also list the queries that missed a relevant document.")
  boolean misses;

  @Option(names = "--alqac", paramLabel = "DIR",
      description = "ALQAC 2022 folder (default: ../shared/corpus/alqac2022, skipped with a note when it is not there).")
  Path alqac;

  @Option(names = "--no-alqac", description = "Only the judged collection.")
  boolean noAlqac;

  @Override
  public Integer call() {
    // the archive's --database-url (jdbc:postgresql://…) if given; else an embedded server in a temporary folder
    String url = parent.databaseUrl == null || parent.databaseUrl.isBlank() ? null : parent.databaseUrl;
    SolrLocation solr = parent.solr == null || parent.solr.isBlank() ? null : SolrLocation.parse(parent.solr);
    SearchEvaluation.evaluate(collection, alqac, noAlqac, url, solr, repeat, !noPostgres, misses);
    return 0;
  }
}
