package vn.vankho.archive;

import java.nio.file.Path;
import vn.vankho.ingest.ReadingBudget;
import vn.vankho.ingest.ocr.OcrSettings;

/**
 * Where the archive keeps its data and which database it uses.
 *
 * @param dataDirectory the file store, the index and (unless {@code databaseUrl} is set) the embedded database
 * @param databaseUrl an external PostgreSQL server, or null for the embedded one
 * @param workers how many documents to read at once
 * @param leaseSeconds how long a worker may go silent before another takes its job over
 * @param ocr how scans are read
 * @param budget the most pages and reading time one document may take
 */
public record ArchiveSettings(Path dataDirectory, String databaseUrl, int workers, double leaseSeconds,
    OcrSettings ocr, ReadingBudget budget) {
  public static final double DEFAULT_LEASE_SECONDS = 60;

  public static ArchiveSettings of(Path dataDirectory, String databaseUrl) {
    return new ArchiveSettings(dataDirectory, databaseUrl, Runtime.getRuntime().availableProcessors(),
        DEFAULT_LEASE_SECONDS, OcrSettings.defaults(), ReadingBudget.defaults());
  }

  public ArchiveSettings withWorkers(int count) {
    return new ArchiveSettings(dataDirectory, databaseUrl, count, leaseSeconds, ocr, budget);
  }

  public ArchiveSettings withLeaseSeconds(double seconds) {
    return new ArchiveSettings(dataDirectory, databaseUrl, workers, seconds, ocr, budget);
  }

  public ArchiveSettings withOcr(OcrSettings settings) {
    return new ArchiveSettings(dataDirectory, databaseUrl, workers, leaseSeconds, settings, budget);
  }

  public ArchiveSettings withBudget(ReadingBudget limits) {
    return new ArchiveSettings(dataDirectory, databaseUrl, workers, leaseSeconds, ocr, limits);
  }
}
