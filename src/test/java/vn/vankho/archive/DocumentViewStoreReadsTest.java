package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vankho.archive.ArchiveTestSupport.importAndWait;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;
import vn.vankho.ingest.ocr.RealisticScans;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.testing.CountingS3Server;
import vn.vankho.testing.Samples;
import vn.vankho.testing.TestDatabases;
import vn.vankho.testing.TestFiles;

/**
 * Showing a document asks the file store a fixed number of questions, however many pages it has: asking whether each
 * page has an image made a 300-page dossier 300 round trips to a bucket. Counted on a real S3 server, from a machine
 * whose data folder holds none of the images yet, as the second machine of an archive sees them.
 */
class DocumentViewStoreReadsTest {
  private static final String STORE = "s3://vankho/tinh-lam-dong";
  private static final int DOSSIER_PAGES = 40;

  @RegisterExtension
  final CountingS3Server server = new CountingS3Server();

  @TempDir Path readingMachine;
  @TempDir Path showingMachine;

  @Test
  void aDocumentIsShownWithOneListingOfItsImagesWhateverItsPageCount() throws Exception {
    try (S3Client s3 = server.client()) {
      s3.createBucket(b -> b.bucket("vankho"));
    }
    String database = TestDatabases.freshDatabase();
    long dossier;
    long scan;
    try (Archive reading = Archive.open(ArchiveSettings.of(readingMachine, database).withWorkers(2)
        .withStore(STORE, server.environment()))) {
      reading.startProcessing();
      List<String> pages = IntStream.rangeClosed(1, DOSSIER_PAGES)
          .mapToObj(n -> n % 2 == 1 ? Samples.DIRECTIVE : Samples.PLAN).toList();
      Job readDossier = importAndWait(reading, "ho-so-40-trang.pdf", TestFiles.pdf(pages));
      assertEquals(JobStatus.DONE, readDossier.status(), readDossier.error());
      dossier = readDossier.documentId();
      // its number written in by hand: a field image is cut out of the first page
      Job readScan = importAndWait(reading, "qd-viet-tay.jpg", RealisticScans.page(6).jpeg());
      assertEquals(JobStatus.DONE, readScan.status(), readScan.error());
      scan = readScan.documentId();
    }
    // an image made before images went to the bucket, kept only in this machine's data folder
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_BYTE_GRAY), "png", png);
    byte[] legacyImage = png.toByteArray();
    Path legacy = showingMachine.resolve("page-images").resolve(Long.toString(dossier)).resolve("3.png");
    Files.createDirectories(legacy.getParent());
    Files.write(legacy, legacyImage);

    try (Archive showing = Archive.open(ArchiveSettings.of(showingMachine, database)
        .withStore(STORE, server.environment()))) {
      Reader reader = Reader.commandLine("test");
      int before = server.requests();
      DocumentView shown = showing.documents().view(dossier, reader).orElseThrow();
      List<String> asked = server.requestsSince(before);
      assertEquals(1, asked.size(), "one listing of the document's images, not a request per page: " + asked);
      assertEquals(DOSSIER_PAGES, shown.pages().size());
      for (DocumentView.PageView page : shown.pages()) {
        assertEquals(page.number() % 2 == 0, page.text().contains("229-KH/HU"),
            "the plan on even pages: " + page.text());
        if (page.number() == 3) {
          assertEquals("/documents/" + dossier + "/pages/3/image", page.imageUrl(), "the image kept only here");
        } else {
          assertNull(page.imageUrl(), "a page read from its text layer has no image: " + page.number());
        }
      }

      before = server.requests();
      DocumentView.PageView scanned = showing.documents().view(scan, reader).orElseThrow().pages().get(0);
      asked = server.requestsSince(before);
      assertEquals(1, asked.size(), "a scanned page too: " + asked);
      assertEquals("/documents/" + scan + "/pages/1/image", scanned.imageUrl());
      assertTrue(scanned.fieldImages().stream().anyMatch(f -> f.imageUrl()
          .equals("/documents/" + scan + "/fields/number/image")), scanned.fieldImages().toString());
      assertTrue(showing.documents().pageImage(scan, 1, reader).isPresent(), "the image is still served when asked");
      assertArrayEquals(legacyImage,
          Files.readAllBytes(showing.documents().pageImage(dossier, 3, reader).orElseThrow()));
    }
  }
}
