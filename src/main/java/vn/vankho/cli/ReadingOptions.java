package vn.vankho.cli;

import java.time.Duration;
import picocli.CommandLine.Option;
import vn.vankho.archive.ArchiveSettings;
import vn.vankho.ingest.ReadingBudget;

/** How much one document may take to read, the same for {@code serve} and {@code worker}. */
final class ReadingOptions {
  @Option(names = "--max-pages", defaultValue = "" + ReadingBudget.DEFAULT_MAX_PAGES,
      description = "Most pages one document may have; a longer one fails with that reason (default: ${DEFAULT-VALUE}).")
  int maxPages;

  @Option(names = "--max-reading-minutes", defaultValue = "" + ReadingBudget.DEFAULT_MAX_MINUTES,
      description = "Most minutes one document may take to read; a slower one fails with that reason (default: ${DEFAULT-VALUE}).")
  long maxReadingMinutes;

  /** {@code settings} with these limits and, unless null, {@code workers} documents read at once. */
  ArchiveSettings apply(ArchiveSettings settings, Integer workers) {
    return (workers == null ? settings : settings.withWorkers(workers))
        .withBudget(new ReadingBudget(maxPages, Duration.ofMinutes(maxReadingMinutes)));
  }
}
