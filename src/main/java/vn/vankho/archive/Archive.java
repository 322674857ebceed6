package vn.vankho.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vankho.index.ArchiveIndex;
import vn.vankho.index.SearchIndex;
import vn.vankho.index.SearchRequest;
import vn.vankho.index.SearchResults;
import vn.vankho.index.SolrIndex;
import vn.vankho.ingest.DocumentReader;
import vn.vankho.ingest.FieldReview;
import vn.vankho.ingest.ocr.OcrEngine;
import vn.vankho.model.AuditEntry;
import vn.vankho.model.Document;
import vn.vankho.model.Field;
import vn.vankho.model.Job;
import vn.vankho.model.RecordFile;
import vn.vankho.model.JobStatus;
import vn.vankho.model.Reason;
import vn.vankho.model.Refusal;
import vn.vankho.model.Secrecy;
import vn.vankho.model.SubordinateUnit;
import vn.vankho.model.TypedText;
import vn.vankho.store.AccountStore;
import vn.vankho.store.ArrangementStore;
import vn.vankho.store.AuditLog;
import vn.vankho.store.AwardStore;
import vn.vankho.store.CitationStore;
import vn.vankho.store.Correction;
import vn.vankho.store.CorrectionStore;
import vn.vankho.store.Database;
import vn.vankho.store.DatabaseCopy;
import vn.vankho.store.DocumentStore;
import vn.vankho.store.EmbeddedDatabaseServer;
import vn.vankho.store.FileStore;
import vn.vankho.store.FixityStore;
import vn.vankho.store.IndexLedger;
import vn.vankho.store.JobQueue;
import vn.vankho.store.LocalFileStore;
import vn.vankho.store.S3FileStore;
import vn.vankho.store.PageImageStore;
import vn.vankho.store.UnitStore;

/**
 * The running archive: database, file store, index, workers, inbox, put together once. The web
 * server and the command line both work through it; neither touches SQL or Lucene themselves.
 *
 * <p>A process that {@linkplain #startProcessing() processes} holds the index for writing, runs the
 * workers and keeps the index caught up; a process that only {@linkplain #startReading() reads} ({@code vankho
 * worker}) runs workers and leaves the index to that one; any other process (the command line beside a running
 * server) reads the committed index and leaves the work to those.
 */
public final class Archive implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Archive.class);
  private static final long INDEX_POLL_MILLIS = 2000;
  /**
   * How long the indexer waits, once a job has ended, for others to end and share its commit: each commit writes a
   * segment, flushes it to disk and opens a new searcher, and small segments must then be merged (a commit per job
   * cost 11% of an import's CPU, half of it merging). A read document becomes searchable this much later.
   */
  private static final long COMMIT_GATHER_MILLIS = 500;

  private final ArchiveSettings settings;
  private final EmbeddedDatabaseServer embedded;
  private final Database database;
  private final DocumentStore documents;
  private final JobQueue queue;
  private final AuditLog auditLog;
  private final CorrectionStore corrections;
  private final UnitStore units;
  private final IndexLedger indexLedger;
  private final FileStore files;
  private final PageImageStore pageImages;
  private final Intake intake;
  private final DocumentViews views;
  private final ImplementationTree implementation;
  private final Accounts accounts;
  private final AwardStore awardStore;
  private final Awards awards;
  private final Arrangement arrangement;
  private final FixityCheck fixity;
  private SearchIndex index;
  private Indexer indexer;
  private WorkerPool workers;
  private ScheduledExecutorService background;
  private ScheduledExecutorService fixitySchedule;
  private InboxWatcher inbox;
  private OcrEngine ocr;
  private ExecutorService pagePool;
  private final AtomicBoolean catchUpAsked = new AtomicBoolean();

  private Archive(ArchiveSettings settings, EmbeddedDatabaseServer embedded, Database database) {
    this.settings = settings;
    this.embedded = embedded;
    this.database = database;
    this.documents = new DocumentStore(database);
    this.files = settings.objectStorage() == null
        ? new LocalFileStore(settings.dataDirectory().resolve("files"))
        : new S3FileStore(settings.objectStorage(), settings.dataDirectory().resolve("files").resolve("incoming"));
    this.pageImages = new PageImageStore(settings.dataDirectory().resolve("page-images"), files);
    this.queue = new JobQueue(database);
    this.auditLog = new AuditLog(database);
    this.corrections = new CorrectionStore(database);
    this.units = new UnitStore(database);
    this.indexLedger = new IndexLedger(database);
    this.intake = new Intake(files, documents, auditLog, this::wakeWorkers);
    this.awardStore = new AwardStore(database);
    CitationStore citations = new CitationStore(database);
    this.views = new DocumentViews(documents, citations, corrections, queue, awardStore, pageImages);
    this.awards = new Awards(awardStore, documents, this::document, this::catchUpIfIndexing);
    this.implementation = new ImplementationTree(documents, citations, units);
    this.accounts = new Accounts(new AccountStore(database), Clock.systemUTC());
    // moving documents by a search or a citation tree takes only unclassified ones: a classified document is
    // moved one by one, by someone who may read it
    Reader unclassified = new Reader("arrangement", Secrecy.NONE, null, "arrangement");
    this.arrangement = new Arrangement(new ArrangementStore(database), documents, files, pageImages, accounts,
        request -> search(request, unclassified),
        id -> document(id, unclassified).map(root -> implementation.of(root, unclassified)), this::unindex,
        Clock.systemUTC());
    this.fixity = new FixityCheck(documents, new FixityStore(database), files, pageImages, Clock.systemUTC());
  }

  /** Opens the archive's records: the database (embedded unless a URL is set) and the file store. */
  public static Archive open(ArchiveSettings settings) {
    return open(settings, Database::open);
  }

  private static Archive open(ArchiveSettings settings, Function<String, Database> connect) {
    EmbeddedDatabaseServer embedded = settings.databaseUrl() == null
        ? EmbeddedDatabaseServer.startOrAttach(settings.dataDirectory().resolve("postgres"))
        : null;
    try {
      String url = embedded != null ? embedded.jdbcUrl() : settings.databaseUrl();
      Database database = connect.apply(url);
      try {
        return new Archive(settings, embedded, database);
      } catch (RuntimeException e) {
        database.close(); // the file store could not be opened (a bucket that is not there)
        throw e;
      }
    } catch (RuntimeException e) {
      if (embedded != null) {
        embedded.close();
      }
      throw e;
    }
  }

  /**
   * Rebuilds an archive from the backup in {@code backup} into the settings' data folder, which must be empty
   * or new (and its database, external or embedded, empty): checks every file of the backup against the
   * manifest first, loads the database at the backup's schema version and migrates it, puts the originals and
   * page images back, rebuilds the search index and checks the fixity of what it restored.
   */
  public static RestoreReport restore(ArchiveSettings settings, Path backup) throws IOException {
    Backup.refuseUnlessEmpty(settings.dataDirectory(), "the data folder");
    Backup.Manifest manifest = Backup.readChecked(backup);
    try (Archive archive = open(settings, url -> Database.openAt(url, manifest.schemaVersion()))) {
      DatabaseCopy.load(archive.database, manifest.tables(), manifest.sequences(),
          table -> Backup.openTable(backup, table));
      archive.database.migrate();
      Backup.restoreFiles(manifest, backup, settings.dataDirectory(), archive.files);
      archive.queue.releaseAllRunningJobs(); // the backed-up archive's workers are not this one's
      int indexed = archive.reindex();
      long rows = manifest.tables().stream().mapToLong(DatabaseCopy.Table::rows).sum();
      return new RestoreReport(manifest.schemaVersion(), rows, indexed, archive.verify());
    }
  }

  /**
   * Writes a backup into {@code folder} (empty or new) while the archive runs: the database from one snapshot,
   * the originals and page images its records name, and a manifest with their checksums.
   */
  public BackupReport backup(Path folder) throws IOException {
    return Backup.write(database, files, pageImages, folder);
  }

  /** Checks every kept original and page image against its SHA-256, and records what it found. */
  public FixityReport verify() {
    return fixity.run();
  }

  /** The last fixity check recorded, by this process or another ({@code vankho verify}). */
  public Optional<FixityReport> lastVerify() {
    return fixity.last();
  }

  /** Runs the fixity check every {@code period}, the first one a period from now, until the archive closes. */
  public synchronized void verifyEvery(Duration period) {
    // a thread of its own: reading every kept file takes long, and the index must keep catching up meanwhile
    fixitySchedule = Executors.newSingleThreadScheduledExecutor(r -> WorkerPool.daemon(r, "fixity"));
    fixitySchedule.scheduleWithFixedDelay(() -> {
      try {
        fixity.run();
      } catch (RuntimeException e) {
        LOG.error("the scheduled fixity check failed", e);
      }
    }, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * Takes the index for writing, starts the workers (none for zero) and keeps the index caught up. Throws
   * {@link vn.vankho.index.IndexUnavailableException} when another process already processes.
   */
  public synchronized void startProcessing() {
    index = openIndex(true);
    indexer = new Indexer(documents, indexLedger, awardStore, index);
    if (index.madeWithCurrentAnalysis()) {
      indexer.checkAndCatchUp();
    } else {
      LOG.info("the search index was made with an older analysis of the text: rebuilding it from the database");
      indexer.rebuild();
    }
    background = Executors.newSingleThreadScheduledExecutor(r -> WorkerPool.daemon(r, "indexer"));
    startWorkers(ProcessingRun.begin(settings.dataDirectory(), queue), this::catchUpSoon);
    background.scheduleWithFixedDelay(this::catchUpQuietly, INDEX_POLL_MILLIS, INDEX_POLL_MILLIS,
        TimeUnit.MILLISECONDS);
  }

  /**
   * Starts only this process's workers ({@code vankho worker}), beside a process that {@linkplain #startProcessing()
   * processes} and catches the index up from the rows they write. It releases no lease at start: other worker
   * processes may be running, on this data folder or elsewhere, so the jobs of one that died are taken over when
   * their leases run out.
   */
  public synchronized String startReading() {
    String run = ProcessingRun.name();
    startWorkers(run, () -> {});
    return run;
  }

  /** Starts {@code settings.workers()} workers named after {@code run}, none (and no OCR) for zero. */
  private void startWorkers(String run, Runnable afterJob) {
    if (settings.workers() == 0) {
      return;
    }
    int cores = Runtime.getRuntime().availableProcessors();
    ocr = startOcr();
    pagePool = Executors.newFixedThreadPool(cores, r -> WorkerPool.daemon(r, "ocr"));
    // two decoded pages a core: the pool never waits for a page to be decoded, and memory stays a few pages
    DocumentReader reader = new DocumentReader(ocr, pagePool, 2 * cores, settings.budget());
    DocumentDescriber describer = new DocumentDescriber();
    workers = new WorkerPool(settings.workers(), run,
        (name, heartbeats) -> new Worker(name, documents, queue, files, pageImages, reader, describer, heartbeats,
            settings.leaseSeconds()),
        afterJob);
  }

  /** Watches {@code folder} for files dropped into it (needs {@link #startProcessing()}). */
  public synchronized void watchInbox(Path folder) {
    inbox = new InboxWatcher(folder, intake, documents);
    inbox.start();
  }

  Intake intake() {
    return intake;
  }

  public Accounts accounts() {
    return accounts;
  }

  /** Fonds, series and files, the file list, and the appraisal and destruction of files. */
  public Arrangement arrangement() {
    return arrangement;
  }

  /** Campaigns, awardees and precedent awards. */
  public Awards awards() {
    return awards;
  }

  /** Offers the bytes of {@code in}, named {@code fileName} by {@code from}, through the one audited door. */
  public IntakeResult upload(String fileName, InputStream in, Uploader from) {
    return intake.accept(fileName, in, from);
  }

  /** Offers a file from disk under its own name, through the one audited door. */
  public IntakeResult upload(Path file, Uploader from) {
    return intake.accept(file, from);
  }

  /**
   * Writes to the audit log an upload the web server refused before it reached the door (over the
   * limit, malformed, the disk full while receiving it): its file name is not known then.
   */
  public void recordRefusedUpload(Uploader from, Reason reason) {
    auditLog.recordRejectedUpload(from.actor(), from.origin(), null, reason.code());
  }

  /** Where bytes being uploaded wait; a web server writing uploads to disk writes them here. */
  public Path incomingFolder() {
    return files.incoming();
  }

  /**
   * The one door every read of a document goes through: the document, if it exists for {@code reader}. One above
   * the reader's clearance is not found, exactly as a missing one; a classified one found is written to the
   * audit log (who, which document, through what, from where).
   */
  public Optional<Document> document(long id, Reader reader) {
    Optional<Document> found = documents.find(id).filter(reader::sees);
    found.ifPresent(d -> listed(List.of(d), reader));
    return found;
  }

  /** The document imported from a file with these very bytes, if there is one. */
  public Optional<Long> documentOfFile(Path file) throws IOException {
    return documents.idOfContent(FileStore.sha256Of(file));
  }

  /** The newest documents that exist for {@code reader}. */
  public List<Document> recentDocuments(int limit, int offset, Reader reader) {
    return listed(documents.recent(limit, offset, reader.readable()), reader);
  }

  /**
   * Documents with a page an archivist should look at (read poorly even after OCR, or not at all) that exist for
   * {@code reader}.
   */
  public List<Document> documentsNeedingReview(int limit, Reader reader) {
    return listed(documents.needingReview(limit, reader.readable()), reader);
  }

  /** The documents of a file that exist for {@code reader}, the oldest first. */
  public List<Document> documentsOfFile(long fileId, Reader reader) {
    return listed(arrangement.documentsOf(fileId, reader), reader);
  }

  /** A list shows each document's number and title: a classified one listed is read, and audited as a read. */
  private List<Document> listed(List<Document> shown, Reader reader) {
    shown.stream().filter(d -> d.secrecy().classified()).forEach(d ->
        auditLog.recordRead(d.id(), d.secrecy().name(), reader.actor(), reader.origin(), reader.path()));
    return shown;
  }

  public Optional<DocumentView> view(long id, Reader reader) {
    return document(id, reader).map(d -> views.view(d, reader));
  }

  /**
   * Corrects one field of a document to the value an archivist typed, as {@code reader}; the index follows.
   * A value that does not fit the field (not a date, not a document number) is refused. A document above their
   * clearance is not there to correct: an archivist cannot lower a level they may not read.
   */
  public Document correct(long id, Field field, String value, Reader reader) {
    requireDocument(id, reader);
    String typed = TypedText.optional(value, "Giá trị trường " + field.jsonName(), TypedText.NOTE);
    Document corrected = corrections.correct(id, new Correction(field, typed), reader.actor());
    catchUpIfIndexing();
    return corrected;
  }

  /** Reads a document again (corrections survive); returns the new job's id. */
  public long reread(long id, Reader reader) {
    requireDocument(id, reader);
    long job = queue.reread(id, reader.actor());
    wakeWorkers();
    return job;
  }

  public Optional<ImplementationTree.View> implementation(long id, Reader reader) {
    return document(id, reader).map(root -> implementation.of(root, reader));
  }

  private void requireDocument(long id, Reader reader) {
    if (document(id, reader).isEmpty()) {
      throw Refusal.NO_DOCUMENT.of(id);
    }
  }

  public List<SubordinateUnit> units() {
    return units.units();
  }

  public SubordinateUnit addUnit(String name, String parent, String actor) {
    return units.addUnit(TypedText.required(name, "Tên đơn vị", TypedText.NAME),
        TypedText.required(parent, "Cơ quan cấp trên", TypedText.NAME), actor);
  }

  public void removeUnit(long id, String actor) {
    units.removeUnit(id, actor);
  }

  public List<AuditEntry> audit(int limit) {
    return auditLog.audit(limit);
  }

  /** The job, unless its document is hidden from {@code reader}: a job names its document and says how it was read. */
  public Optional<Job> job(long id, Reader reader) {
    return queue.job(id).filter(job -> visible(job, reader));
  }

  /** The newest jobs, of documents that exist for {@code reader}. */
  public List<Job> recentJobs(int limit, Reader reader) {
    return queue.recentJobs(limit).stream().filter(job -> visible(job, reader)).toList();
  }

  private boolean visible(Job job, Reader reader) {
    return documents.find(job.documentId()).filter(reader::sees).isPresent();
  }

  /**
   * The original bytes of a document, once their SHA-256 was checked (and checked again while they are read). A
   * damaged original flags the document for review and throws: it is never served as if it were the original.
   */
  public InputStream original(Document document) throws IOException {
    requireIntact(document);
    return files.open(document.sha256());
  }

  private void requireIntact(Document document) throws IOException {
    if (!files.intact(document.sha256())) {
      LOG.error("the original of document {} ({}) no longer matches its SHA-256", document.id(), document.sha256());
      documents.flagDamaged(document.id());
      throw new DamagedOriginalException(document.id());
    }
  }

  /**
   * Writes the hand-over package (E-ARK SIP) of the file with code {@code fileCode} into {@code folder}; returns
   * the package's folder. A damaged original stops it (and is flagged), as when it is downloaded.
   */
  public Path export(String fileCode, Path folder, String actor) throws IOException {
    RecordFile file = arrangement.fileByCode(fileCode).filter(f -> f.destroyedAt() == null)
        .orElseThrow(() -> Refusal.NO_FILE.of(fileCode));
    List<SubmissionPackage.Item> items = new ArrayList<>();
    for (Document document : arrangement.documentsOf(file.id())) {
      requireIntact(document);
      items.add(new SubmissionPackage.Item(document, () -> files.open(document.sha256()),
          auditLog.history(document.id())));
    }
    Path written = SubmissionPackage.write(file, items, folder, Instant.now().truncatedTo(ChronoUnit.SECONDS));
    auditLog.recordExport(file.code(), written.toString(), actor);
    return written;
  }

  /**
   * Searches what exists for {@code reader}: hits, totals, facets and snippets alike leave out what is above their
   * clearance.
   */
  public SearchResults search(SearchRequest request, Reader reader) {
    SearchIndex searching;
    synchronized (this) {
      if (index == null) {
        index = openIndex(false);
      }
      searching = index;
    }
    SearchResults results = searching.search(request.clearedFor(reader.clearance()));
    // a hit shows a classified document's title and words: a read, audited as one
    results.hits().stream().filter(hit -> hit.secrecy().classified()).forEach(hit ->
        auditLog.recordRead(hit.id(), hit.secrecy().name(), reader.actor(), reader.origin(), reader.path()));
    return results;
  }

  /** Rebuilds the index from the database; returns how many documents it went through. */
  public int reindex() {
    synchronized (this) {
      if (indexer == null) {
        if (index != null) {
          index.close();
        }
        index = openIndex(true);
        indexer = new Indexer(documents, indexLedger, awardStore, index);
      }
    }
    return indexer.rebuild();
  }

  /**
   * The index the settings name: a collection on SolrCloud, which any process may write and search, or the embedded
   * one in the data folder, written by one process (the one that processes) and searched by any.
   */
  private SearchIndex openIndex(boolean writing) {
    if (settings.solr() != null) {
      return SolrIndex.connect(settings.solr());
    }
    return writing ? ArchiveIndex.openForWriting(indexFolder()) : ArchiveIndex.openForSearching(indexFolder());
  }

  /**
   * Waits until every job in {@code jobIds} has ended (done or failed) and the index holds the
   * result, or the timeout passes; returns the jobs as they are then.
   */
  public List<Job> awaitJobs(List<Long> jobIds, Duration timeout) throws InterruptedException {
    return awaitJobs(jobIds, timeout, jobs -> {});
  }

  /** As {@link #awaitJobs(List, Duration)}, showing the jobs to {@code progress} at every look. */
  public List<Job> awaitJobs(List<Long> jobIds, Duration timeout, Consumer<List<Job>> progress)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (true) {
      List<Job> jobs = queue.jobs(jobIds);
      progress.accept(jobs);
      boolean ended = jobs.stream().allMatch(j -> j.status() == JobStatus.DONE || j.status() == JobStatus.FAILED);
      if (ended && indexer != null) {
        indexer.catchUp();
      }
      if (ended || Instant.now().isAfter(deadline)) {
        return jobs;
      }
      Thread.sleep(200);
    }
  }

  @Override
  public synchronized void close() {
    if (inbox != null) {
      inbox.close();
    }
    if (workers != null) {
      workers.close();
    }
    if (pagePool != null) {
      pagePool.shutdownNow();
    }
    if (ocr != null) {
      ocr.close();
    }
    if (background != null) {
      // no interrupt: an indexer thread interrupted inside Lucene closes the write lock's channel, and the index
      // then refuses to close ("FileLock invalidated by an external force"); a catch-up under way is let finish
      background.shutdown();
      awaitQuietly(background);
    }
    if (fixitySchedule != null) {
      fixitySchedule.shutdownNow();
    }
    if (index != null) {
      index.close();
    }
    database.close();
    files.close();
    if (embedded != null) {
      embedded.close();
    }
  }

  private static void awaitQuietly(ExecutorService executor) {
    try {
      if (!executor.awaitTermination(1, TimeUnit.MINUTES)) {
        LOG.warn("the indexer did not finish its catch-up within a minute; closing the index under it");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Where the image of a scanned page is kept, if the page was read from a picture and the document exists for
   * {@code reader}.
   */
  public Optional<Path> pageImage(long documentId, int pageNumber, Reader reader) {
    return document(documentId, reader).flatMap(d -> pageImages.find(d.id(), pageNumber));
  }

  /**
   * The image of a field flagged for review ("number", "date"), cut out of the document's first page, if one was
   * kept and the document exists for {@code reader}; empty for a name that is not a field.
   */
  public Optional<Path> fieldImage(long documentId, String field, Reader reader) {
    return Arrays.stream(FieldReview.Field.values()).map(FieldCrops::name).filter(field::equals).findFirst()
        .flatMap(name -> document(documentId, reader).flatMap(d -> pageImages.findField(d.id(), name)));
  }

  /** The OCR engine, or null with a warning when OCR is not set up here: born-digital files are still read. */
  private OcrEngine startOcr() {
    try {
      return new OcrEngine(settings.ocr());
    } catch (RuntimeException | LinkageError e) {
      LOG.warn("OCR is not available, scans will fail until it is set up: {}", e.getMessage());
      return null;
    }
  }

  private Path indexFolder() {
    return settings.dataDirectory().resolve("index");
  }

  /**
   * Takes destroyed documents out of the index when this process holds it; otherwise the process that
   * holds it removes entries without a row when it starts (its index check).
   */
  private void unindex(List<Long> ids) {
    Indexer current;
    synchronized (this) {
      current = indexer;
    }
    if (current != null) {
      current.remove(ids);
    }
  }

  private void wakeWorkers() {
    WorkerPool pool = workers;
    if (pool != null) {
      pool.wakeUp();
    }
  }

  private void catchUpIfIndexing() {
    if (indexer != null) {
      catchUpQuietly();
    }
  }

  /**
   * Asks the indexer thread to catch up shortly after a job, unless it has been asked and not yet begun: the jobs
   * that end meanwhile, or while it commits, go into its next commit together, rather than one commit (and disk
   * flush) each.
   */
  private void catchUpSoon() {
    if (catchUpAsked.compareAndSet(false, true)) {
      try {
        background.schedule(() -> {
          catchUpAsked.set(false);
          catchUpQuietly();
        }, COMMIT_GATHER_MILLIS, TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException closing) {
        catchUpAsked.set(false); // the archive is closing: the next start catches up
      }
    }
  }

  private void catchUpQuietly() {
    try {
      indexer.catchUp();
    } catch (RuntimeException e) {
      LOG.warn("index catch-up failed, will try again: {}", e.toString());
    }
  }
}
