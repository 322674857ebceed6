package vn.vankho.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.archive.Archive;
import vn.vankho.archive.Uploader;
import vn.vankho.archive.ArchiveSettings;
import vn.vankho.archive.IntakeResult;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.model.Role;
import vn.vankho.testing.LegacyTyping;
import vn.vankho.testing.TestDatabases;
import vn.vankho.testing.TestFiles;
import vn.vankho.text.LegacyEncoding;

/** The document page tells the archivist that a page was typed in TCVN3 and converted, through the real server. */
class LegacyNotePageTest {
  @TempDir Path data;

  @Test
  void theDocumentPageShowsTheConversionNote() throws Exception {
    try (Archive archive = Archive.open(ArchiveSettings.of(data, TestDatabases.freshDatabase()).withWorkers(1))) {
      archive.startProcessing();
      archive.accounts().addOrUpdate("docgia", "mật khẩu đủ dài", Role.READER);
      byte[] docx = TestFiles.docx(LegacyTyping.type("""
          ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
          Quảng Ninh, ngày 15 tháng 3 năm 2005
          Tặng Bằng khen cho Trường Tiểu học Hồng Gai <đã có thành tích>""", LegacyEncoding.TCVN3));
      IntakeResult accepted = archive.intake().accept("qd.docx", new ByteArrayInputStream(docx), Uploader.account("archivist", "127.0.0.1"));
      Job job = archive.jobs().await(List.of(accepted.jobId()), Duration.ofMinutes(2)).get(0);
      assertEquals(JobStatus.DONE, job.status(), job.error());
      var server = WebApp.create(archive, new WebSettings("127.0.0.1", 0, 1024 * 1024)).start();
      try {
        WebClient client = new WebClient(server.port());
        assertEquals(302, client.login("docgia", "mật khẩu đủ dài").statusCode());
        HttpResponse<String> page = client.get("/documents/" + job.documentId());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<p class=\"note\">Văn bản gõ bằng bảng mã TCVN3 (ABC), đã chuyển sang Unicode"),
            page.body());
        assertTrue(page.body().contains("Trường Tiểu học Hồng Gai &lt;đã có thành tích&gt;"), "the restored text, escaped");
      } finally {
        server.stop();
      }
    }
  }
}
