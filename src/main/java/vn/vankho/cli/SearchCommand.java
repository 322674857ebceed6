package vn.vankho.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.vankho.archive.Archive;
import vn.vankho.archive.Reader;
import vn.vankho.index.SearchHit;
import vn.vankho.index.SearchRequest;
import vn.vankho.index.SearchResults;

/** {@code vankho search [--json] [--limit N] QUERY}. */
@Command(name = "search", description = "Search the archive.")
final class SearchCommand implements Callable<Integer> {
  @ParentCommand VankhoCommand parent;

  @Option(names = "--json", description = "Print {total, hits: [...]} as JSON.")
  boolean json;

  @Option(names = "--limit", defaultValue = "10", description = "How many hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", defaultValue = "0", description = "Skip this many hits first.")
  int offset;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words, \"phrases\", -exclusions, document numbers.")
  List<String> words;

  @Override
  public Integer call() throws Exception {
    try (Archive archive = parent.openArchive()) {
      SearchResults results = archive.search().find(new SearchRequest(String.join(" ", words), limit, offset),
          Reader.commandLine("search"));
      if (json) {
        System.out.println(Output.json(results));
        return 0;
      }
      System.out.println(results.total() + " results");
      for (SearchHit hit : results.hits()) {
        System.out.printf("#%d\t%s\t%s\t%s%n", hit.id(), Output.orDash(hit.number()), Output.orDash(hit.date()),
            hit.title());
        if (hit.snippet() != null) {
          System.out.println("\t" + Output.plain(hit.snippet()).replace('\n', ' '));
        }
      }
      return 0;
    }
  }
}
