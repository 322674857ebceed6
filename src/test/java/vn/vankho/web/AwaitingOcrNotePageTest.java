package vn.vankho.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.archive.Archive;
import vn.vankho.archive.ArchiveSettings;
import vn.vankho.archive.IntakeResult;
import vn.vankho.archive.TestWorker;
import vn.vankho.archive.Uploader;
import vn.vankho.ingest.ocr.SamplePages;
import vn.vankho.ingest.ocr.SamplePages.Quality;
import vn.vankho.ingest.ocr.SamplePages.SamplePage;
import vn.vankho.model.Role;
import vn.vankho.testing.Samples;
import vn.vankho.testing.TestDatabases;
import vn.vankho.testing.TestFiles;

/**
 * The document page tells the reader, in Vietnamese, that a page of a born-digital PDF waits for OCR, and shows the
 * rest of the document, escaped, through the real server.
 */
class AwaitingOcrNotePageTest {
  @TempDir Path data;

  @Test
  void theDocumentPageShowsThatItsLastPageWaitsForOcr() throws Exception {
    ArchiveSettings settings = ArchiveSettings.of(data, TestDatabases.freshDatabase());
    SamplePage scan = SamplePages.page(1, Quality.CLEAN);
    byte[] pdf = TestFiles.withImagePage(TestFiles.pdf(List.of(Samples.DIRECTIVE + "\nNơi nhận: <các tỉnh ủy>")),
        scan.image(), scan.dpi());
    // the archive's own workers none: the test's reads the file and leaves the page's OCR job in the queue
    try (Archive archive = Archive.open(settings.withWorkers(0)); TestWorker worker = new TestWorker(settings)) {
      archive.startProcessing();
      archive.accounts().addOrUpdate("docgia", "mật khẩu đủ dài", Role.READER);
      IntakeResult accepted = archive.intake().accept("ct-41.pdf", new java.io.ByteArrayInputStream(pdf),
          Uploader.account("archivist", "127.0.0.1"));
      assertTrue(worker.doNext());
      var server = WebApp.create(archive, new WebSettings("127.0.0.1", 0, 1024 * 1024)).start();
      try {
        WebClient client = new WebClient(server.port());
        assertEquals(302, client.login("docgia", "mật khẩu đủ dài").statusCode());
        HttpResponse<String> page = client.get("/documents/" + accepted.documentId());
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("<p class=\"note\">Trang chưa có lớp chữ, sẽ được nhận dạng chữ sau</p>"), body);
        assertTrue(body.indexOf("class=\"note\"") > body.indexOf("Trang 2"), "the note is on the last page");
        assertTrue(body.contains("Nơi nhận: &lt;các tỉnh ủy&gt;"), "the text layer read, escaped");
        // where each page's text came from, in Vietnamese: the API's codes are not shown
        assertTrue(body.contains("<span class=\"source\">Lớp chữ của tệp"), body);
        assertTrue(body.contains("<span class=\"source\">Chờ nhận dạng chữ"), body);
        assertTrue(!body.contains("awaiting-ocr") && !body.contains("text-layer"), body);
      } finally {
        server.stop();
      }
    }
  }
}
