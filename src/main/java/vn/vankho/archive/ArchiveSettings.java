package vn.vankho.archive;

import java.nio.file.Path;
import java.util.Map;
import vn.vankho.ingest.ReadingBudget;
import vn.vankho.ingest.ocr.OcrSettings;
import vn.vankho.index.SolrLocation;
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
 * @param solr the SolrCloud that holds the search index, or null for the embedded index in the data folder
 */
public record ArchiveSettings(Path dataDirectory, String databaseUrl, int workers, double leaseSeconds,
    OcrSettings ocr, ReadingBudget budget, S3Location objectStorage, SolrLocation solr) {
  public static final double DEFAULT_LEASE_SECONDS = 60;

  public static ArchiveSettings of(Path dataDirectory, String databaseUrl) {
    return new ArchiveSettings(dataDirectory, databaseUrl, Runtime.getRuntime().availableProcessors(),
        DEFAULT_LEASE_SECONDS, OcrSettings.defaults(), ReadingBudget.defaults(), null, null);
  }

  public ArchiveSettings withWorkers(int count) {
    return new ArchiveSettings(dataDirectory, databaseUrl, count, leaseSeconds, ocr, budget, objectStorage, solr);
  }

  public ArchiveSettings withLeaseSeconds(double seconds) {
    return new ArchiveSettings(dataDirectory, databaseUrl, workers, seconds, ocr, budget, objectStorage, solr);
  }

  public ArchiveSettings withOcr(OcrSettings settings) {
    return new ArchiveSettings(dataDirectory, databaseUrl, workers, leaseSeconds, settings, budget, objectStorage, solr);
  }

  public ArchiveSettings withBudget(ReadingBudget limits) {
    return new ArchiveSettings(dataDirectory, databaseUrl, workers, leaseSeconds, ocr, limits, objectStorage, solr);
  }

  /**
   * Keeps the originals at {@code store}: {@code s3://bucket/prefix} for S3-compatible storage, with the server and
   * credentials from {@code environment} (see {@link S3Location}); null or blank for the data folder.
   */
  public ArchiveSettings withStore(String store, Map<String, String> environment) {
    S3Location location = store == null || store.isBlank() ? null : S3Location.parse(store, environment);
    return new ArchiveSettings(dataDirectory, databaseUrl, workers, leaseSeconds, ocr, budget, location, solr);
  }

  /** Keeps the search index on the SolrCloud at {@code zkHost} ({@code zk1:2181,zk2:2181/solr}); null or blank for the data folder. */
  public ArchiveSettings withSolr(String zkHost) {
    SolrLocation location = zkHost == null || zkHost.isBlank() ? null : SolrLocation.parse(zkHost);
    return new ArchiveSettings(dataDirectory, databaseUrl, workers, leaseSeconds, ocr, budget, objectStorage, location);
  }
}
