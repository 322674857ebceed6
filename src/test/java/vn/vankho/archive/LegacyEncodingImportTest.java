package vn.vankho.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vankho.archive.ArchiveTestSupport.importAndWait;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.index.SearchHit;
import vn.vankho.index.SearchRequest;
import vn.vankho.model.Job;
import vn.vankho.model.JobStatus;
import vn.vankho.testing.LegacyTyping;
import vn.vankho.testing.TestFiles;
import vn.vankho.text.LegacyEncoding;

/**
 * Word files and PDF text layers typed in a legacy font encoding, through the real archive: they are
 * stored, shown and found as Unicode Vietnamese, and each converted page says so.
 */
class LegacyEncodingImportTest {
  private static final String DECISION = """
      ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH
      Số: 1234/QĐ-UBND
      Quảng Ninh, ngày 15 tháng 3 năm 2005
      QUYẾT ĐỊNH
      Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh
      Căn cứ Luật Thi đua, khen thưởng ngày 26 tháng 11 năm 2003;
      Xét đề nghị của Trưởng ban Thi đua - Khen thưởng tỉnh,
      Điều 1. Tặng Bằng khen cho Trường Tiểu học Hồng Gai, thành phố Hạ Long, đã có thành tích xuất sắc
      trong phong trào thi đua "Dạy tốt, học tốt" năm học 2004-2005.
      Điều 2. Quyết định có hiệu lực kể từ ngày ký.""";

  @TempDir Path data;
  Archive archive;

  @BeforeEach
  void open() {
    archive = Archive.open(ArchiveTestSupport.settings(data));
    archive.startProcessing();
  }

  @AfterEach
  void close() {
    archive.close();
  }

  @Test
  void aTcvn3WordFileIsReadAsUnicodeAndFound() throws Exception {
    byte[] docx = TestFiles.docx(LegacyTyping.type(DECISION, LegacyEncoding.TCVN3));
    assertReadAsUnicode(importAndWait(archive, "qd-1234.docx", docx), "TCVN3");
  }

  @Test
  void aTcvn3PdfTextLayerIsReadAsUnicodeAndFound() throws Exception {
    // the legacy codes drawn with a Unicode font, as a PDF printed from a .VnTime document keeps them
    byte[] pdf = TestFiles.pdf(List.of(LegacyTyping.type(DECISION, LegacyEncoding.TCVN3)));
    assertReadAsUnicode(importAndWait(archive, "qd-1234.pdf", pdf), "TCVN3");
  }

  @Test
  void aVniWordFileIsReadAsUnicodeAndFound() throws Exception {
    byte[] docx = TestFiles.docx(LegacyTyping.type(DECISION, LegacyEncoding.VNI));
    assertReadAsUnicode(importAndWait(archive, "qd-1234-vni.docx", docx), "VNI");
  }

  @Test
  void aUnicodeFileHasNoNote() throws Exception {
    Job job = importAndWait(archive, "qd-1234-unicode.docx", TestFiles.docx(DECISION));
    assertEquals(JobStatus.DONE, job.status(), job.error());
    assertNull(archive.documents().view(job.documentId(), Reader.commandLine("test")).orElseThrow().pages().get(0).note());
  }

  private void assertReadAsUnicode(Job job, String encoding) throws Exception {
    assertEquals(JobStatus.DONE, job.status(), job.error());
    DocumentView view = archive.documents().view(job.documentId(), Reader.commandLine("test")).orElseThrow();
    DocumentView.PageView page = view.pages().get(0);
    assertEquals("text-layer", page.source());
    assertTrue(page.text().contains("Quảng Ninh, ngày 15 tháng 3 năm 2005"), page.text());
    assertTrue(page.text().contains("Trường Tiểu học Hồng Gai, thành phố Hạ Long"), page.text());
    assertTrue(page.note().contains(encoding) && page.note().contains("Unicode"), page.note());
    assertTrue(page.quality() > 0.9f, "quality " + page.quality());
    assertNull(page.problem());
    assertTrue(Json.mapper().writeValueAsString(view).contains("\"note\":\"Văn bản gõ bằng bảng mã"));
    assertEquals("1234/QĐ-UBND", view.document().number());
    List<Long> found = archive.search().find(new SearchRequest("Quảng Ninh", 10, 0), Reader.commandLine("test")).hits().stream().map(SearchHit::id).toList();
    assertEquals(List.of(job.documentId()), found);
    assertEquals(List.of(job.documentId()),
        archive.search().find(new SearchRequest("truong tieu hoc hong gai", 10, 0), Reader.commandLine("test")).hits().stream().map(SearchHit::id).toList());
  }
}
