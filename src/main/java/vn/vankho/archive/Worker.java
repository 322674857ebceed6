package vn.vankho.archive;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vankho.ingest.DocumentReader;
import vn.vankho.ingest.PageImageSink;
import vn.vankho.ingest.ReadException;
import vn.vankho.ingest.ocr.TextLine;
import vn.vankho.model.Document;
import vn.vankho.model.Job;
import vn.vankho.model.Page;
import vn.vankho.model.PageSource;
import vn.vankho.model.Reason;
import vn.vankho.store.ChangedBytesException;
import vn.vankho.store.DocumentReading;
import vn.vankho.store.DocumentStore;
import vn.vankho.store.FileStore;
import vn.vankho.store.JobQueue;
import vn.vankho.store.PageImageStore;

/**
 * Does one claimed job: reads the original (or, for a {@link Job#OCR_PAGES} job, the pages its reading left waiting
 * for OCR), then saves pages and metadata with the job's end in one transaction. While it works, a heartbeat renews
 * its lease; if the lease is lost (the worker hung and another took the job over), it stops and saves nothing, so a
 * job is never finished twice.
 */
final class Worker {
  private static final Logger LOG = LoggerFactory.getLogger(Worker.class);
  private static final long PROGRESS_INTERVAL_NANOS = 1_000_000_000L;

  private final String name;
  private final DocumentStore documents;
  private final JobQueue jobs;
  private final FileStore files;
  private final PageImageStore pageImages;
  private final DocumentReader reader;
  private final DocumentDescriber describer;
  private final ScheduledExecutorService heartbeats;
  private final double leaseSeconds;

  Worker(String name, DocumentStore documents, JobQueue jobs, FileStore files, PageImageStore pageImages,
      DocumentReader reader, DocumentDescriber describer, ScheduledExecutorService heartbeats, double leaseSeconds) {
    this.name = name;
    this.documents = documents;
    this.jobs = jobs;
    this.files = files;
    this.pageImages = pageImages;
    this.reader = reader;
    this.describer = describer;
    this.heartbeats = heartbeats;
    this.leaseSeconds = leaseSeconds;
  }

  /** Claims and does one job and gives its id; empty when the queue had none. */
  OptionalLong doNext() {
    Optional<JobQueue.Claimed> claimed = jobs.claimWithDocument(name, leaseSeconds);
    claimed.ifPresent(c -> process(c.job(), c.document()));
    return claimed.map(c -> OptionalLong.of(c.job().id())).orElseGet(OptionalLong::empty);
  }

  /** The original as a file here, checked; a changed or missing one fails the job with that reason. */
  private FileStore.LocalCopy localCopy(Document document) throws IOException, ReadException {
    try {
      return files.localCopy(document.sha256());
    } catch (ChangedBytesException | NoSuchFileException e) {
      throw new ReadException(Reason.CHECKSUM_MISMATCH, "the kept file no longer hashes to " + document.sha256(), null);
    }
  }

  private void process(Job job, Document document) {
    if (job.attempts() > job.maxAttempts()) {
      LOG.warn("{} gives up job {} after {} attempts: {}", name, job.id(), job.maxAttempts(),
          job.error() == null ? "a worker stopped while reading it" : job.error());
      jobs.fail(job, name, Reason.GAVE_UP.code());
      return;
    }
    Lease lease = new Lease(job);
    try {
      DocumentReading reading = job.kind().equals(Job.OCR_PAGES) ? readWaitingPages(document, lease)
          : read(document, lease);
      lease.checkHeld();
      if (!jobs.saveReading(job, name, reading)) {
        LOG.warn("{} lost the lease of job {} before saving; the job is another worker's now", name, job.id());
      }
    } catch (ReadException e) {
      LOG.info("{} could not read document {}: {}", name, document.id(), e.getMessage());
      jobs.fail(job, name, e.reason().code());
    } catch (LeaseLostException e) {
      LOG.warn("{} stopped job {}: {}", name, job.id(), e.getMessage());
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      String reason = Reason.UNEXPECTED.code();
      LOG.error("{} failed job {}", name, job.id(), e);
      if (job.attempts() < job.maxAttempts()) {
        jobs.release(job, name, reason);
      } else {
        jobs.fail(job, name, reason);
      }
    } finally {
      lease.end();
    }
  }

  /** Reads the whole original and describes the document. */
  private DocumentReading read(Document document, Lease lease) throws IOException, ReadException {
    KeptImages kept = new KeptImages(document.id());
    List<Page> read;
    try (FileStore.LocalCopy original = localCopy(document)) {
      read = reader.read(original.path(), document.mediaType(), lease::progress, kept);
    }
    return describe(document, read, kept);
  }

  /**
   * Reads by OCR the pages the document's reading left waiting, and describes the document again with every page, as
   * a reading of the whole original would: a scanned appendix may hold awards, citations or the signature.
   */
  private DocumentReading readWaitingPages(Document document, Lease lease) throws IOException, ReadException {
    List<Page> kept = documents.pages(document.id());
    List<Integer> waiting = kept.stream().filter(p -> p.source() == PageSource.AWAITING_OCR).map(Page::number).toList();
    KeptImages images = new KeptImages(document.id());
    Map<Integer, Page> read = new HashMap<>();
    if (!waiting.isEmpty()) { // a reading since may have replaced the pages, and queued its own job
      try (FileStore.LocalCopy original = localCopy(document)) {
        reader.readWaiting(original.path(), waiting, lease::progress, images).forEach(p -> read.put(p.number(), p));
      }
    }
    return describe(document, kept.stream().map(p -> read.getOrDefault(p.number(), p)).toList(), images);
  }

  /** The document described from its pages, each with the digest of the image kept of it now, if any. */
  private DocumentReading describe(Document document, List<Page> read, KeptImages kept) {
    List<Page> pages = read.stream()
        .map(p -> p.withImage(kept.digests.getOrDefault(p.number(), p.imageSha256())))
        .toList();
    List<TextLine> firstPageLines = kept.lines.getOrDefault(1, List.of());
    DocumentDescriber.Description description = describer.describe(document, pages, firstPageLines);
    FieldCrops.keep(pageImages, document.id(), description.flags(), firstPageLines);
    return description.reading();
  }

  /**
   * Keeps each page image a reading hands over, and the lines OCR read on each page: the first page's cut out its
   * flagged fields.
   */
  private final class KeptImages implements PageImageSink {
    private final long documentId;
    /** By page number: pages are read in parallel. */
    private final Map<Integer, String> digests = new ConcurrentHashMap<>();
    private final Map<Integer, List<TextLine>> lines = new ConcurrentHashMap<>();

    KeptImages(long documentId) {
      this.documentId = documentId;
    }

    @Override
    public void accept(int pageNumber, BufferedImage image) {
      digests.put(pageNumber, pageImages.save(documentId, pageNumber, image));
    }

    @Override
    public void lines(int pageNumber, List<TextLine> onPage) {
      lines.put(pageNumber, onPage);
    }
  }

  /** The lease on one job, renewed in the background while the job runs. */
  private final class Lease {
    private final Job job;
    private final AtomicInteger pagesDone = new AtomicInteger();
    private volatile Integer pagesTotal;
    private final AtomicBoolean lost = new AtomicBoolean();
    private final ScheduledFuture<?> renewal;
    private long lastReported = System.nanoTime();

    Lease(Job job) {
      this.job = job;
      long periodMillis = (long) (leaseSeconds * 1000 / 3);
      this.renewal = heartbeats.scheduleAtFixedRate(this::renew, periodMillis, periodMillis, TimeUnit.MILLISECONDS);
    }

    /** Notes progress, and tells the queue at most once a second, so that people watching see it move. */
    void progress(int done, int total) {
      pagesDone.set(done);
      pagesTotal = total;
      long now = System.nanoTime();
      if (now - lastReported > PROGRESS_INTERVAL_NANOS) {
        lastReported = now;
        renew();
      }
      checkHeld();
    }

    void checkHeld() {
      if (lost.get()) {
        throw new LeaseLostException("the lease on job " + job.id() + " ran out");
      }
    }

    private void renew() {
      try {
        if (!jobs.renewLease(job, name, leaseSeconds, pagesDone.get(), pagesTotal)) {
          lost.set(true);
        }
      } catch (RuntimeException e) {
        LOG.warn("cannot renew the lease of job {}: {}", job.id(), e.toString());
      }
    }

    void end() {
      renewal.cancel(false);
    }
  }

  private static final class LeaseLostException extends RuntimeException {
    LeaseLostException(String message) {
      super(message);
    }
  }
}
