package vn.vankho.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The metadata of real award decisions (src/test/resources/real-set/awards), outside the fifth kept aside. */
class AwardDecisionMetadataTest {
  private static final Path AWARDS = Path.of("src/test/resources/real-set/awards");

  @Test
  void theListAttachedAfterASignatureIsNoSignersName() throws IOException {
    // "| KT. THỦ TƯỚNG |" as a copy renders the signature cell, the deputy's name lost, then "DANH SÁCH" / "TẶNG CỜ THI ĐUA ..."
    DocumentMetadata m = MetadataReader.read(List.of(Files.readString(AWARDS.resolve("qd-722-ttg-2008.txt"), StandardCharsets.UTF_8)));
    assertNull(m.signerName(), () -> "read " + m.signerName().value());
    assertEquals("722/QĐ-TTg", m.number().value());
    assertEquals("Thủ tướng Chính phủ", m.issuer().value());
  }

  @Test
  void aLenhOfTheActingHeadOfStateReadsItsNumberTypeAndSigner() throws IOException {
    // Lệnh 194-LCT (1980): "Số: 194-LCT", the authority line "LỆNH CỦA CHỦ TỊCH NƯỚC" under the subject, signed
    // "QUYỀN CHỦ TỊCH" / "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Nguyễn Hữu Thọ"
    DocumentMetadata m = MetadataReader.read(List.of(Files.readString(AWARDS.resolve("lenh-194-lct-1980.txt"), StandardCharsets.UTF_8)));
    assertEquals("194-LCT", m.number().value());
    assertEquals("Lệnh", m.typeName().value());
    assertEquals("TẶNGDANH HIỆU ANH HÙNG LAO ĐỘNG CHO HAI NHÀ DU HÀNH VŨ TRỤ LIÊN XÔ", m.subject().value());
    assertEquals("Quyền Chủ tịch nước", m.signerTitle().value());
    assertEquals("Nguyễn Hữu Thọ", m.signerName().value());
  }

  @Test
  void aHeadOfStatesTitleGoesOnOnTheLineOfTheStatesName() throws IOException {
    // Lệnh 5-LCT (1977): "CHỦ TỊCH" / "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Tôn Đức Thắng"
    DocumentMetadata m = MetadataReader.read(List.of(Files.readString(AWARDS.resolve("lenh-5-lct-1977.txt"), StandardCharsets.UTF_8)));
    assertEquals("Chủ tịch nước", m.signerTitle().value());
    assertEquals("5-LCT", m.number().value());
  }

  @Test
  void aTitleInSentenceCaseUnderAPrefixIsTheSignersTitle() throws IOException {
    // a print page of the national database: "KT. THỦ TƯỚNG" / "" / "Phó Thủ tướng" / "" / "(Đã ký)"
    DocumentMetadata m = MetadataReader.read(List.of(Files.readString(AWARDS.resolve("vbpl-tw-87280.txt"), StandardCharsets.UTF_8)));
    assertEquals("KT. Thủ tướng, Phó Thủ tướng", m.signerTitle().value());
    assertEquals("Nguyễn Sinh Hùng", m.signerName().value());
  }

  @Test
  void anOldDecreesAuthorityLineNamesTheHeadOfState() throws IOException {
    // Sắc lệnh 65B/SL (1950), header lost: "SẮC LỆNH" / "CỦA CHỦ TỊCH CHÍNH PHỦ SỐ 65B/SL ..." / "CHỦ TỊCH NƯỚC VIỆT
    // NAM DÂN CHỦ CỘNG HOÀ" / "Chiểu sắc lệnh ..."
    DocumentMetadata m = MetadataReader.read(List.of(Files.readString(AWARDS.resolve("sl-65b-1950.txt"), StandardCharsets.UTF_8)));
    assertEquals("Sắc lệnh", m.typeName().value());
    assertEquals("Chủ tịch nước", m.issuer().value());
  }

  @Test
  void theCouncilOfStateOf1984IssuesAndItsAuthorityLineEndsTheSubject() throws IOException {
    // Nghị quyết 572-NQ/HĐNN7: "HỘI ĐỒNG NHÀ NƯỚC" heads it, and "HỘI ĐỒNG NHÀ NƯỚC" / "NƯỚC CỘNG HÒA ..." stands under the subject
    DocumentMetadata m = MetadataReader.read(List.of(Files.readString(AWARDS.resolve("nq-572-hdnn7-1984.txt"), StandardCharsets.UTF_8)));
    assertEquals("Hội đồng Nhà nước", m.issuer().value());
    assertEquals("572-NQ/HĐNN7", m.number().value());
    assertEquals("QUY ĐỊNH HUY CHƯƠNG QUÂN KỲ QUYẾT THẮNG ĐỂ TẶNG THƯỞNG CHONHỮNG QUÂN NHÂN VÀ CÔNG NHÂN VIÊN QUỐC PHÒNG ĐÃ PHỤC"
        + " VỤ QUÂN ĐỘI TỪ 25 NĂM TRỞLÊN", m.subject().value());
    assertEquals("Chủ tịch", m.signerTitle().value());
    assertEquals("Trường Chinh", m.signerName().value());
  }
}
