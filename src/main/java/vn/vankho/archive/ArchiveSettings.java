package vn.vankho.archive;

import java.nio.file.Path;
import java.util.Map;
import vn.vankho.ingest.ReadingBudget;
import vn.vankho.ingest.ocr.OcrSettings;
import vn.vankho.store.S3Location;

/**
 * Where the archive keeps its data and which database it uses.
 *
 * @param dataDirectory the file store, the index and (unless {@code databaseUrl} is set) the embedded database
 * @param databaseUrl an external PostgreSQL server, or null for the embedded one
 * @param workers how many documents to read at once
 * @param leaseSeconds how long a worker may go silent before another takes its job over
 * @param ocr how scans are read
 * @param budget the most pages and reading time one document may take
 * @param objectStorage where the originals are kept in S3-compatible storage, or null for the data folder
 */
public record ArchiveSettings(Path dataDirectory, String databaseUrl, int workers, double leaseSeconds,
    OcrSettings ocr, ReadingBudget budget, S3Location objectStorage) {
  public static final double DEFAULT_LEASE_SECONDS = 60;

  public static ArchiveSettings of(Path dataDirectory, String databaseUrl) {
    return new ArchiveSettings(dataDirectory, databaseUrl, Runtime.getRuntime().availableProcessors(),
        DEFAULT_LEASE_SECONDS, OcrSettings.defaults(), ReadingBudget.defaults(), null);
  }

  public ArchiveSettings withWorkers(int count) {
    return new ArchiveSettings(dataDirectory, databaseUrl, count, leaseSeconds, ocr, budget, objectStorage);
  }

  public ArchiveSettings withLeaseSeconds(double seconds) {
    return new ArchiveSettings(dataDirectory, databaseUrl, workers, seconds, ocr, budget, objectStorage);
  }

  public ArchiveSettings withOcr(OcrSettings settings) {
    return new ArchiveSettings(dataDirectory, databaseUrl, workers, leaseSeconds, settings, budget, objectStorage);
  }

  public ArchiveSettings withBudget(ReadingBudget limits) {
    return new ArchiveSettings(dataDirectory, databaseUrl, workers, leaseSeconds, ocr, limits, objectStorage);
  }

  /**
   * Keeps the originals at {@code store}: {@code s3://bucket/prefix} for S3-compatible storage, with the server and
   * credentials from {@code environment} (see {@link S3Location}); null or blank for the data folder.
   */
  public ArchiveSettings withStore(String store, Map<String, String> environment) {
    S3Location location = store == null || store.isBlank() ? null : S3Location.parse(store, environment);
    return new ArchiveSettings(dataDirectory, databaseUrl, workers, leaseSeconds, ocr, budget, location);
  }
}
