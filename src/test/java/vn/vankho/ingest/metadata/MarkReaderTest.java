package vn.vankho.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.vankho.testing.RealCorpus;

/** The độ mật and độ khẩn marks under the number (Nghị định 30/2020, Phụ lục I, ô 10a and 10b), one rule a test. */
class MarkReaderTest {
  private static final String DECISION = """
      ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
      TỈNH LÂM ĐỒNG                         Độc lập - Tự do - Hạnh phúc
      Số: 77/QĐ-UBND                   Lâm Đồng, ngày 12 tháng 5 năm 2025
      %s
      QUYẾT ĐỊNH
      Về việc kiểm kê tài liệu lưu trữ năm 2025

      Để giữ bí mật nhà nước, các đơn vị khẩn trương rà soát tài liệu.
      """;

  private static DocumentMetadata read(String marks) {
    return MetadataReader.read(List.of(DECISION.formatted(marks)));
  }

  @Test
  void matUnderTheNumber() {
    DocumentMetadata m = read("MẬT");
    assertEquals("MAT", m.secrecy().value());
    assertEquals("MẬT", m.secrecy().sourceText());
    assertNull(m.urgency());
    assertEquals("77/QĐ-UBND", m.number().value(), "the mark is not part of the number");
  }

  @Test
  void eachLevelOfSecrecy() {
    assertEquals("TOI_MAT", read("TỐI MẬT").secrecy().value());
    assertEquals("TUYET_MAT", read("TUYỆT MẬT").secrecy().value());
  }

  @Test
  void eachLevelOfUrgencyBelowTheSecrecyMark() {
    DocumentMetadata m = read("MẬT\nKHẨN");
    assertEquals("MAT", m.secrecy().value());
    assertEquals("KHAN", m.urgency().value());
    assertEquals("THUONG_KHAN", read("THƯỢNG KHẨN").urgency().value());
    assertEquals("HOA_TOC", read("HỎA TỐC").urgency().value());
  }

  @Test
  void theOldPlacementOfTheToneMark() {
    assertEquals("HOA_TOC", read("HOẢ TỐC").urgency().value());
  }

  @Test
  void theStampsFrameIsNotAWord() {
    assertEquals("TOI_MAT", read("| TỐI MẬT |").secrecy().value());
    assertEquals("KHAN", read("[KHẨN]").urgency().value());
  }

  @Test
  void marksWithoutTheirTonesAsAPoorScanReadsThem() {
    assertEquals("MAT", read("MAT").secrecy().value());
    assertEquals("THUONG_KHAN", read("THUONG KHAN").urgency().value());
  }

  @Test
  void wordsOfTheBodyAreNotMarks() {
    DocumentMetadata m = read("");
    assertNull(m.secrecy());
    assertNull(m.urgency());
  }

  @Test
  void aLineOfTheBodyInCapitalsIsNotAMark() {
    DocumentMetadata m = MetadataReader.read(List.of(DECISION.formatted("") + "MẬT\nKHẨN\n"));
    assertNull(m.secrecy(), "below the heading");
    assertNull(m.urgency());
  }

  @Test
  void aHeaderLineHoldingMoreThanMarksIsNone() {
    // "Mặt trận" loses its marks to "MAT TRAN" in a poor scan; a stamp is the mark and nothing else
    DocumentMetadata m = MetadataReader.read(List.of("""
        ỦY BAN MẶT TRẬN TỔ QUỐC                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        VIỆT NAM TỈNH LÂM ĐỒNG                     Độc lập - Tự do - Hạnh phúc
        MAT TRAN
        Số: 15/KH-MTTQ                         Lâm Đồng, ngày 2 tháng 4 năm 2025
        KẾ HOẠCH
        Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025
        """));
    assertNull(m.secrecy());
  }

  @Test
  void noDocumentOfTheRealCorpusIsReadAsMarked() {
    // 1,004 published documents: none bears a mark (public ones are not classified), 279 say "mật" or "khẩn"
    List<String> marked = new ArrayList<>();
    Stream.concat(RealCorpus.vbpl().stream(), RealCorpus.congbao().stream()).forEach(text -> {
      DocumentMetadata m = MetadataReader.read(List.of(text.text()));
      if (m.secrecy() != null || m.urgency() != null) {
        marked.add(text.id() + ": " + m.secrecy() + " " + m.urgency());
      }
    });
    assertEquals(List.of(), marked);
  }
}
