package vn.vankho.archive;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import vn.vankho.ingest.DocumentReader;
import vn.vankho.ingest.ocr.OcrEngine;
import vn.vankho.store.Database;
import vn.vankho.store.DocumentStore;
import vn.vankho.store.JobQueue;
import vn.vankho.store.LocalFileStore;
import vn.vankho.store.PageImageStore;
import vn.vankho.testing.TestOcr;

/**
 * A worker of another process on an archive's data folder and database (the real reader, Tesseract through
 * {@link TestOcr}), that a test drives one job at a time: what the archive looks like between two jobs can then be
 * seen, which the archive's own workers, taking the next job at once, do not leave to be seen.
 */
public final class TestWorker implements AutoCloseable {
  private final Database database;
  private final DocumentStore documents;
  private final JobQueue queue;
  private final OcrEngine ocr = TestOcr.newEngine();
  private final ExecutorService pagePool = Executors.newFixedThreadPool(2, r -> WorkerPool.daemon(r, "test-ocr"));
  private final ScheduledExecutorService heartbeats =
      Executors.newSingleThreadScheduledExecutor(r -> WorkerPool.daemon(r, "test-lease"));
  private final Worker worker;

  /** A worker on the data of {@code settings}, whose database is named by URL. */
  public TestWorker(ArchiveSettings settings) {
    database = Database.open(settings.databaseUrl());
    documents = new DocumentStore(database);
    queue = new JobQueue(database);
    LocalFileStore files = new LocalFileStore(settings.dataDirectory().resolve("files"));
    PageImageStore pageImages = new PageImageStore(settings.dataDirectory().resolve("page-images"), files);
    DocumentReader reader = new DocumentReader(ocr, pagePool, 4, settings.budget());
    worker = new Worker("test-process/worker-1", documents, queue, files,
        pageImages, reader, new DocumentDescriber(), heartbeats, settings.leaseSeconds());
  }

  /** Claims and does the next job; false when the queue had none. */
  public boolean doNext() {
    return worker.doNext().isPresent();
  }

  /** The queue as this worker, another process's, sees it. */
  public JobQueue queue() {
    return queue;
  }

  /** The documents as this worker, another process's, sees them. */
  public DocumentStore documents() {
    return documents;
  }

  @Override
  public void close() {
    heartbeats.shutdownNow();
    pagePool.shutdownNow();
    ocr.close();
    database.close();
  }
}
