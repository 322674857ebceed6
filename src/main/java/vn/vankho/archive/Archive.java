package vn.vankho.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;
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
import vn.vankho.index.SolrIndex;
import vn.vankho.ingest.DocumentReader;
import vn.vankho.ingest.ocr.OcrEngine;
import vn.vankho.model.Secrecy;
import vn.vankho.store.AccountStore;
import vn.vankho.store.ArrangementStore;
import vn.vankho.store.AuditLog;
import vn.vankho.store.AwardStore;
import vn.vankho.store.CitationStore;
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
 * The running archive: database, file store, index, workers, inbox, put together once. It only wires: what the
 * web server and the command line do goes through the parts it builds ({@link #intake()}, {@link #documents()},
 * {@link #search()}, {@link #corrections()}, {@link #jobs()}, {@link #awards()}, {@link #arrangement()},
 * {@link #records()} ...); neither touches SQL or Lucene themselves.
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
  /**
   * While documents keep being read (a folder imported), commits come no closer than this, so each holds a few
   * seconds' documents rather than half a second's: a commit costs about 18 ms whatever it holds besides its
   * documents' terms (indexing the 100 texts of bench-import alone, committing every 20 took 2.2 ms of CPU per
   * document, every 100 1.5), and fewer, larger segments leave less to merge. A document read after a quiet spell
   * still waits only {@link #COMMIT_GATHER_MILLIS}; one read in a flow at most this long.
   */
  private static final long FLOW_COMMIT_MILLIS = 2000;
  /** How often a wait for jobs looks at them when none ends in this process (other processes end jobs too). */
  private static final Duration JOB_POLL = Duration.ofMillis(200);

  private final ArchiveSettings settings;
  private final EmbeddedDatabaseServer embedded;
  private final Database database;
  private final DocumentStore documentStore;
  private final JobQueue queue;
  private final IndexLedger indexLedger;
  private final FileStore files;
  private final PageImageStore pageImages;
  private final AwardStore awardStore;
  private final FixityCheck fixity;
  private final Intake intake;
  private final Accounts accounts;
  private final Awards awards;
  private final Arrangement arrangement;
  private final Documents documents;
  private final Corrections corrections;
  private final Jobs jobs;
  private final Search search;
  private final Units units;
  private final Records records;
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
    this.documentStore = new DocumentStore(database);
    this.files = settings.objectStorage() == null
        ? new LocalFileStore(settings.dataDirectory().resolve("files"))
        : new S3FileStore(settings.objectStorage(), settings.dataDirectory().resolve("files").resolve("incoming"));
    this.pageImages = new PageImageStore(settings.dataDirectory().resolve("page-images"), files);
    this.queue = new JobQueue(database);
    AuditLog auditLog = new AuditLog(database);
    CorrectionStore correctionStore = new CorrectionStore(database);
    UnitStore unitStore = new UnitStore(database);
    this.indexLedger = new IndexLedger(database);
    this.intake = new Intake(files, documentStore, auditLog, this::wakeWorkers);
    this.awardStore = new AwardStore(database);
    CitationStore citations = new CitationStore(database);
    DocumentViews views = new DocumentViews(documentStore, citations, correctionStore, queue, awardStore, pageImages);
    this.awards = new Awards(awardStore, documentStore, (id, reader) -> documents().find(id, reader),
        this::catchUpIfIndexing);
    ImplementationTree implementation = new ImplementationTree(documentStore, citations, unitStore);
    this.accounts = new Accounts(new AccountStore(database), Clock.systemUTC());
    this.search = new Search(this::searchIndex, auditLog);
    // moving documents by a search or a citation tree takes only unclassified ones: a classified document is
    // moved one by one, by someone who may read it
    Reader unclassified = new Reader("arrangement", Secrecy.NONE, null, "arrangement");
    this.arrangement = new Arrangement(new ArrangementStore(database), documentStore, files, pageImages, accounts,
        request -> search().find(request, unclassified),
        id -> documents().find(id, unclassified).map(root -> implementation.of(root, unclassified)), this::unindex,
        Clock.systemUTC());
    this.documents = new Documents(documentStore, auditLog, files, pageImages, arrangement, views, implementation);
    this.corrections = new Corrections(documents, correctionStore, queue, this::catchUpIfIndexing, this::wakeWorkers);
    this.jobs = new Jobs(queue, documentStore, this::catchUpNow, JOB_POLL);
    this.units = new Units(unitStore);
    this.fixity = new FixityCheck(documentStore, new FixityStore(database), files, pageImages, Clock.systemUTC());
    this.records = new Records(database, files, pageImages, auditLog, fixity, arrangement, documents);
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
      return new RestoreReport(manifest.schemaVersion(), rows, indexed, archive.records.verify());
    }
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
    indexer = new Indexer(documentStore, indexLedger, awardStore, index);
    if (index.madeWithCurrentAnalysis()) {
      indexer.checkAndCatchUp();
    } else {
      LOG.info("the search index was made with an older analysis of the text: rebuilding it from the database");
      indexer.rebuild();
    }
    background = Executors.newSingleThreadScheduledExecutor(r -> WorkerPool.daemon(r, "indexer"));
    startWorkers(ProcessingRun.begin(settings.dataDirectory(), queue), jobId -> {
      catchUpSoon();
      jobs.jobEnded(jobId);
    });
    background.scheduleWithFixedDelay(this::catchUpUnlessJustCommitted, INDEX_POLL_MILLIS, INDEX_POLL_MILLIS,
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
    startWorkers(run, jobs::jobEnded);
    return run;
  }

  /** Starts {@code settings.workers()} workers named after {@code run}, none (and no OCR) for zero. */
  private void startWorkers(String run, LongConsumer afterJob) {
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
        (name, heartbeats) -> new Worker(name, documentStore, queue, files, pageImages, reader, describer, heartbeats,
            settings.leaseSeconds()),
        afterJob);
  }

  /** Watches {@code folder} for files dropped into it (needs {@link #startProcessing()}). */
  public synchronized void watchInbox(Path folder) {
    inbox = new InboxWatcher(folder, intake, documentStore);
    inbox.start();
  }

  /** The one door in: uploads from the web, the API, the command line and the inbox, each audited. */
  public Intake intake() {
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

  /** The documents as a reader may see them, through the one audited door. */
  public Documents documents() {
    return documents;
  }

  /** An archivist's corrections and new readings. */
  public Corrections corrections() {
    return corrections;
  }

  public Jobs jobs() {
    return jobs;
  }

  public Search search() {
    return search;
  }

  public Units units() {
    return units;
  }

  /** The audit trail, fixity checks, backups and hand-over packages. */
  public Records records() {
    return records;
  }

  /** The index this process searches: the one it writes, or the committed one opened on first use. */
  private synchronized SearchIndex searchIndex() {
    if (index == null) {
      index = openIndex(false);
    }
    return index;
  }

  /** Rebuilds the index from the database; returns how many documents it went through. */
  public int reindex() {
    synchronized (this) {
      if (indexer == null) {
        if (index != null) {
          index.close();
        }
        index = openIndex(true);
        indexer = new Indexer(documentStore, indexLedger, awardStore, index);
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

  /** Brings the index up to the jobs ended, when this process keeps it (a job awaited is then searchable). */
  private void catchUpNow() {
    Indexer current = indexer;
    if (current != null) {
      current.catchUp();
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
      long delay = Math.max(COMMIT_GATHER_MILLIS, FLOW_COMMIT_MILLIS - indexer.millisSinceCommit());
      try {
        background.schedule(() -> {
          catchUpAsked.set(false);
          catchUpQuietly();
        }, delay, TimeUnit.MILLISECONDS);
      } catch (RejectedExecutionException closing) {
        catchUpAsked.set(false); // the archive is closing: the next start catches up
      }
    }
  }

  /**
   * The poll for rows other processes' workers changed: left to the next poll when a catch-up committed less than a
   * poll's interval ago, so that it does not cut short the commits a flow of this process's jobs gathers.
   */
  private void catchUpUnlessJustCommitted() {
    if (indexer.millisSinceCommit() >= INDEX_POLL_MILLIS) {
      catchUpQuietly();
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
