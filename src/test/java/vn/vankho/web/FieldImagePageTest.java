package vn.vankho.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.archive.Archive;
import vn.vankho.archive.ArchiveSettings;
import vn.vankho.archive.IntakeResult;
import vn.vankho.archive.Reader;
import vn.vankho.archive.Uploader;
import vn.vankho.ingest.ocr.OcrEngine;
import vn.vankho.ingest.ocr.RealisticScans;
import vn.vankho.model.Document;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.model.Role;
import vn.vankho.testing.TestDatabases;
import vn.vankho.testing.TestOcr;
import vn.vankho.text.Diacritics;

/**
 * A scanned decision whose number was written in by hand, through the real server: it is in "Cần kiểm tra" with
 * "Số" named, and the document page shows the number's line cut out of the scan, which is the number line.
 */
class FieldImagePageTest {
  @TempDir Path data;

  @Test
  void theHandwrittenNumberIsShownAsItsImageBesideTheNamedField() throws Exception {
    RealisticScans.Scan scan = RealisticScans.page(6); // plain kind, second round: number and day by hand
    assertTrue(scan.truth().handwritten());
    try (Archive archive = Archive.open(ArchiveSettings.of(data, TestDatabases.freshDatabase()).withWorkers(1))) {
      archive.startProcessing();
      archive.accounts().addOrUpdate("docgia", "mật khẩu đủ dài", Role.READER);
      IntakeResult accepted = archive.intake().accept("qd-viet-tay.jpg", new ByteArrayInputStream(scan.jpeg()),
          Uploader.account("archivist", "127.0.0.1"));
      Job job = archive.jobs().await(List.of(accepted.jobId()), Duration.ofMinutes(3)).get(0);
      assertEquals(JobStatus.DONE, job.status(), job.error());
      Document document = archive.documents().find(job.documentId(), Reader.commandLine("test")).orElseThrow();
      assertNull(document.number(), "the handwritten number is not kept as read");
      assertTrue(archive.documents().needingReview(200, Reader.commandLine("test")).stream().anyMatch(d -> d.id() == document.id()));
      var server = WebApp.create(archive, new WebSettings("127.0.0.1", 0, 1024 * 1024)).start();
      try {
        WebClient client = new WebClient(server.port());
        assertEquals(302, client.login("docgia", "mật khẩu đủ dài").statusCode());
        String page = client.get("/documents/" + document.id()).body();
        String numberUrl = "/documents/" + document.id() + "/fields/number/image";
        assertTrue(page.contains("<figcaption>Số (ảnh chụp từ bản quét"), "the field is named beside its image");
        assertTrue(page.contains("<img src=\"" + numberUrl + "\""), page);
        assertTrue(page.contains("Cần kiểm tra Số:"), "the review note names the field");

        HttpResponse<byte[]> image = client.getBytes(numberUrl);
        assertEquals(200, image.statusCode());
        assertEquals("image/png", image.headers().firstValue("Content-Type").orElseThrow());
        BufferedImage crop = ImageIO.read(new ByteArrayInputStream(image.body()));
        BufferedImage whole = ImageIO.read(new ByteArrayInputStream(
            client.getBytes("/documents/" + document.id() + "/pages/1/image").body()));
        assertTrue(crop.getHeight() < whole.getHeight() / 10, "one line, not the page: " + crop.getHeight());
        // the crop is the number line: read it back with the real Tesseract
        try (OcrEngine engine = TestOcr.newEngine()) {
          String read = Diacritics.searchForm(engine.read(crop).text());
          assertTrue(read.contains("so") && read.contains("qd"), "the crop reads as the number line: " + read);
        }
        assertEquals(404, client.get("/documents/" + document.id() + "/fields/signer/image").statusCode());
        assertFalse(client.get("/documents/" + document.id() + "/fields/..%2Fx/image").statusCode() == 200);
      } finally {
        server.stop();
      }
    }
  }
}
