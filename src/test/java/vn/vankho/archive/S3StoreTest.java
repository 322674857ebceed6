package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vankho.archive.ArchiveTestSupport.importAndWait;
import static vn.vankho.archive.ArchiveTestSupport.offer;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import vn.vankho.index.SearchRequest;
import vn.vankho.ingest.ocr.RealisticScans;
import vn.vankho.model.Document;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.model.Reason;
import vn.vankho.store.FileStore;
import vn.vankho.store.PageImageStore;
import vn.vankho.store.S3FileStore;
import vn.vankho.store.S3Location;
import vn.vankho.testing.KeptOriginals;
import vn.vankho.testing.S3TestServer;
import vn.vankho.testing.Samples;
import vn.vankho.testing.TestDatabases;
import vn.vankho.testing.TestFiles;

/**
 * The archive with its originals in S3-compatible object storage, on a real S3 server (S3Proxy over a folder,
 * started here): the bytes go to the bucket, not the data folder, come back whole, and a changed object is caught.
 */
class S3StoreTest {
  private static final String BUCKET = "vankho";
  private static final String PREFIX = "tinh-lam-dong";

  @RegisterExtension
  final S3ProxyExtension server = S3TestServer.extension();

  @TempDir Path data;
  @TempDir Path backups;
  S3Client s3;
  String database;
  Archive archive;

  @BeforeEach
  void open() {
    s3 = S3TestServer.client(server);
    s3.createBucket(b -> b.bucket(BUCKET));
    database = TestDatabases.freshDatabase();
    archive = Archive.open(ArchiveSettings.of(data, database).withWorkers(2)
        .withStore("s3://" + BUCKET + "/" + PREFIX, environment()));
    archive.startProcessing();
  }

  @AfterEach
  void close() {
    archive.close();
    s3.close();
  }

  private Map<String, String> environment() {
    return S3TestServer.environment(server);
  }

  private List<String> keys() {
    return S3TestServer.keys(s3, BUCKET);
  }

  @Test
  void anUploadedDocumentIsKeptInTheBucketReadSearchedAndDownloadedWhole() throws Exception {
    byte[] pdf = TestFiles.pdf(List.of(Samples.PLAN));
    Job read = importAndWait(archive, "kh229.pdf", pdf);
    assertEquals(JobStatus.DONE, read.status(), read.error());
    Document document = archive.documents().find(read.documentId(), Reader.commandLine("test")).orElseThrow();

    assertEquals(List.of(PREFIX + "/" + FileStore.relativePath(document.sha256())), keys(),
        "kept under its digest below the prefix");
    assertFalse(Files.exists(KeptOriginals.in(data, document.sha256())), "not in the data folder");
    try (var incoming = Files.list(data.resolve("files").resolve("incoming"))) {
      assertEquals(List.of(), incoming.toList(), "nothing left behind by receiving or reading");
    }
    assertArrayEquals(pdf, archive.documents().original(document).readAllBytes(), "downloaded as uploaded");
    assertEquals(List.of(document.id()), archive.search().find(new SearchRequest("229-KH/HU", 10, 0),
        Reader.commandLine("test")).hits().stream().map(h -> h.id()).toList(), "its text was read from the bucket");
    assertEquals(IntakeResult.Status.DUPLICATE, offer(archive, "kh229 (bản sao).pdf", pdf).status());
    assertEquals(1, keys().size(), "the same bytes are kept once");
    FixityReport report = archive.records().verify();
    assertTrue(report.intact(), report.toString());
    assertEquals(1, report.filesChecked());

    BackupReport backup = archive.records().backup(backups.resolve("sao-luu"));
    assertEquals(List.of(), backup.problems());
    assertEquals(1, backup.originals());
    assertArrayEquals(pdf, Files.readAllBytes(backup.folder().resolve("files")
        .resolve(FileStore.relativePath(document.sha256()))), "copied from the bucket into the backup's usual layout");

    RestoreReport restored = Archive.restore(ArchiveSettings.of(backups.resolve("khoi-phuc"),
        TestDatabases.freshDatabase()).withStore("s3://" + BUCKET + "/khoi-phuc", environment()), backup.folder());
    assertTrue(restored.fixity().intact(), restored.fixity().toString());
    assertTrue(keys().contains("khoi-phuc/" + FileStore.relativePath(document.sha256())),
        "restore puts the originals back into the bucket: " + keys());
  }

  @Test
  void aScannedPageImageIsKeptInTheBucketAndAnotherMachineServesItAndChecksIt(@TempDir Path otherMachine)
      throws Exception {
    RealisticScans.Scan scan = RealisticScans.page(6); // its number written in by hand: a field image is cut out
    Job read = importAndWait(archive, "qd-viet-tay.jpg", scan.jpeg());
    assertEquals(JobStatus.DONE, read.status(), read.error());
    long id = read.documentId();
    String key = PREFIX + "/page-images/" + id + "/1.png";
    String fieldKey = PREFIX + "/page-images/" + id + "/field-number.png";
    assertTrue(keys().containsAll(List.of(key, fieldKey)), "the page and field images are in the bucket: " + keys());
    try (var kept = Files.walk(data.resolve("page-images"))) {
      assertEquals(List.of(), kept.filter(Files::isRegularFile).toList(), "not in the data folder");
    }
    byte[] image = s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asByteArray();

    // another machine: its own empty data folder, the same database and bucket
    try (Archive other = Archive.open(ArchiveSettings.of(otherMachine, database)
        .withStore("s3://" + BUCKET + "/" + PREFIX, environment()))) {
      Reader reader = Reader.commandLine("test");
      assertArrayEquals(image, Files.readAllBytes(other.documents().pageImage(id, 1, reader).orElseThrow()),
          "served from the bucket");
      assertTrue(other.documents().pageImage(id, 2, reader).isEmpty(), "a page never scanned has no image");
      assertArrayEquals(s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(fieldKey)).asByteArray(),
          Files.readAllBytes(other.documents().fieldImage(id, "number", reader).orElseThrow()), "the field image too");
      assertTrue(other.documents().fieldImage(id, "date", reader).isEmpty() || keys().contains(
          PREFIX + "/page-images/" + id + "/field-date.png"), "only the fields kept are served");
      FixityReport intact = other.records().verify();
      assertTrue(intact.intact(), intact.toString());
      assertEquals(1, intact.imagesChecked());
      BackupReport backup = other.records().backup(backups.resolve("sao-luu"));
      assertEquals(List.of(), backup.problems());
      assertEquals(1, backup.pageImages(), "the backup fetched the page image from the bucket");

      s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromBytes(new byte[] {1, 2, 3}));
      FixityReport changed = other.records().verify();
      assertEquals(List.of(FixityReport.State.CHANGED),
          changed.problems().stream().map(FixityReport.Problem::state).toList(),
          "the image is checked as the bucket holds it, not as this machine fetched it: " + changed);

      // an image made before images went to the bucket, only in a data folder: verify puts it there
      s3.deleteObject(b -> b.bucket(BUCKET).key(key));
      Files.write(otherMachine.resolve("page-images").resolve(Long.toString(id)).resolve("1.png"), image);
      assertTrue(other.records().verify().intact());
      assertArrayEquals(image, s3.getObjectAsBytes(b -> b.bucket(BUCKET).key(key)).asByteArray());
    }
  }

  @Test
  void theImagesOfADestroyedDocumentLeaveTheBucketAndTheCacheAndNoOthers(@TempDir Path machine) {
    try (S3FileStore store = new S3FileStore(S3Location.parse("s3://" + BUCKET + "/" + PREFIX, environment()),
        machine.resolve("incoming"))) {
      PageImageStore images = new PageImageStore(machine.resolve("page-images"), store);
      BufferedImage page = new BufferedImage(40, 20, BufferedImage.TYPE_BYTE_GRAY);
      images.save(7, 1, page);
      images.save(7, 2, page);
      images.saveField(7, "number", page);
      images.save(70, 1, page);
      assertTrue(images.find(7, 1).isPresent() && images.findField(7, "number").isPresent(), "fetched to be shown");
      images.dropField(7, "number");
      assertFalse(keys().contains(PREFIX + "/page-images/7/field-number.png"), "a field no longer flagged: " + keys());
      assertTrue(images.findField(7, "number").isEmpty(), "nor kept in the cache");

      images.deleteAll(7);
      assertEquals(List.of(PREFIX + "/page-images/70/1.png"), keys(), "document 7's images went, not 70's");
      assertTrue(images.find(7, 1).isEmpty() && images.find(7, 2).isEmpty(), "not served from the cache either");
    }
  }

  @Test
  void aBucketThatIsNotThereIsNamedWhenTheArchiveOpens() {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Archive.open(
        ArchiveSettings.of(backups, database).withStore("s3://khong-co/" + PREFIX, environment())));
    assertTrue(refused.getMessage().contains("khong-co") && refused.getMessage().contains("there is no bucket"),
        refused.getMessage());
  }

  @Test
  void aBackupWithADamagedObjectLeavesItOutAndSaysSo() throws Exception {
    Job read = importAndWait(archive, "kh229.docx", TestFiles.docx(Samples.PLAN));
    Document document = archive.documents().find(read.documentId(), Reader.commandLine("test")).orElseThrow();
    s3.putObject(b -> b.bucket(BUCKET).key(PREFIX + "/" + FileStore.relativePath(document.sha256())),
        RequestBody.fromBytes("không còn là bản gốc".getBytes(StandardCharsets.UTF_8)));

    BackupReport backup = archive.records().backup(backups.resolve("sao-luu"));
    assertEquals(0, backup.originals());
    assertEquals(1, backup.problems().size(), backup.problems().toString());
    assertFalse(Files.exists(backup.folder().resolve("files").resolve(FileStore.relativePath(document.sha256()))),
        "damaged bytes never enter a backup");
  }

  @Test
  void aChangedObjectIsCaughtOnReadByTheFixityCheckAndByVankhoVerifyAndAGoodCopyRepairsIt() throws Exception {
    byte[] good = TestFiles.docx(Samples.PLAN);
    Job read = importAndWait(archive, "kh229.docx", good);
    assertEquals(JobStatus.DONE, read.status(), read.error());
    Document document = archive.documents().find(read.documentId(), Reader.commandLine("test")).orElseThrow();
    String key = PREFIX + "/" + FileStore.relativePath(document.sha256());
    s3.putObject(b -> b.bucket(BUCKET).key(key), RequestBody.fromBytes("không còn là bản gốc".getBytes(StandardCharsets.UTF_8)));

    assertThrows(DamagedOriginalException.class, () -> archive.documents().original(document), "never served silently");
    assertEquals(Reason.CHECKSUM_MISMATCH.code(),
        archive.documents().find(document.id(), Reader.commandLine("test")).orElseThrow().failureReason());
    long again = archive.corrections().reread(document.id(), Reader.commandLine("test", "test"));
    Job reread = archive.jobs().await(List.of(again), Duration.ofMinutes(1)).get(0);
    assertEquals(Reason.CHECKSUM_MISMATCH.code(), reread.error(), "the worker does not read changed bytes");

    FixityReport report = archive.records().verify();
    assertEquals(1, report.problems().size(), report.toString());
    assertEquals(FixityReport.State.CHANGED, report.problems().get(0).state());
    assertEquals("s3://" + BUCKET + "/" + key, report.problems().get(0).path());
    archive.close();

    Verify verify = verify();
    assertEquals(1, verify.exitCode(), verify.output());
    assertTrue(verify.output().contains("changed: document " + document.id() + " (kh229.docx), original, s3://"
        + BUCKET + "/" + key), verify.output());

    archive = Archive.open(ArchiveSettings.of(data, database).withWorkers(2)
        .withStore("s3://" + BUCKET + "/" + PREFIX, environment()));
    assertEquals(IntakeResult.Status.REPAIRED, offer(archive, "kh229.docx", good).status());
    assertArrayEquals(good, archive.documents().original(document).readAllBytes());
  }

  private record Verify(int exitCode, String output) {}

  /** {@code vankho --store s3://… verify} as an operator runs it: its own process, the store from the environment. */
  private Verify verify() throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "vn.vankho.cli.VankhoCommand", "--data", data.toString(),
        "--database-url", database, "--store", "s3://" + BUCKET + "/" + PREFIX, "verify"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment());
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    return new Verify(process.waitFor(), output);
  }
}
