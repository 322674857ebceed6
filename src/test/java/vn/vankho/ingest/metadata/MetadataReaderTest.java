package vn.vankho.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vankho.ingest.metadata.Citation.Relation;

/** One test per rule of MetadataReader, on short snippets written as documents print them. */
class MetadataReaderTest {

  private static DocumentMetadata read(String text) {
    return MetadataReader.read(List.of(text));
  }

  private static Citation cited(DocumentMetadata m, String number) {
    return m.citations().stream().filter(c -> c.number().equals(number)).findFirst()
        .orElseThrow(() -> new AssertionError(number + " not cited in " + m.citations()));
  }

  private static final String PLAN_HEAD = """
      HUYỆN ỦY ĐAM RÔNG              ĐẢNG CỘNG SẢN VIỆT NAM
      Số 12-KH/HU
      %s
      KẾ HOẠCH
      Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2025

      """;

  // --- place and date -------------------------------------------------------------------------

  @Test
  void dateInWords() {
    DocumentMetadata m = read(PLAN_HEAD.formatted("Đam Rông, ngày 15 tháng 3 năm 2025"));
    assertEquals(LocalDate.of(2025, 3, 15), m.date().value());
    assertEquals("Đam Rông", m.place().value());
    assertEquals("Đam Rông, ngày 15 tháng 3 năm 2025", m.date().sourceText());
  }

  @Test
  void dateWithSlashes() {
    assertEquals(LocalDate.of(2025, 3, 15), read(PLAN_HEAD.formatted("Đam Rông, ngày 15/3/2025")).date().value());
  }

  @Test
  void dateWithDashesAndNoNgay() {
    DocumentMetadata m = read(PLAN_HEAD.formatted("Lâm Đồng, 15-3-2025"));
    assertEquals(LocalDate.of(2025, 3, 15), m.date().value());
    assertEquals("Lâm Đồng", m.place().value());
  }

  @Test
  void dateWithOcrDoubleSlash() {
    DocumentMetadata m = read(PLAN_HEAD.formatted("Đam Rông, ngày 26/12//2024"));
    assertEquals(LocalDate.of(2024, 12, 26), m.date().value());
  }

  @Test
  void dateWhoseWordsAWebCopyGluedToItsNumbers() {
    DocumentMetadata m = read(PLAN_HEAD.formatted("Đam Rông, ngày 26tháng 12 năm2024"));
    assertEquals(LocalDate.of(2024, 12, 26), m.date().value());
    assertEquals("Đam Rông", m.place().value());
  }

  @Test
  void placeRestoredFromOcr() {
    DocumentMetadata m = read(PLAN_HEAD.formatted("Pam Rong, ngay 15 thang 3 nim 2025"));
    assertEquals("Đam Rông", m.place().value());
    assertEquals(LocalDate.of(2025, 3, 15), m.date().value());
  }

  @Test
  void placeOnTheNumberLine() {
    DocumentMetadata m = read("""
        HUYỆN ỦY ĐAM RÔNG
        Số 12-KH/HU                    Đam Rông, ngày 15 tháng 3 năm 2025
        KẾ HOẠCH
        Tổ chức Ngày hội
        """);
    assertEquals("12-KH/HU", m.number().value());
    assertEquals(LocalDate.of(2025, 3, 15), m.date().value());
  }

  @Test
  void citedDateIsNotTheDocumentDate() {
    DocumentMetadata m = read("""
        KẾ HOẠCH
        Thực hiện Chỉ thị số 41-CT/TW, ngày 26/12/2024 của Bộ Chính trị
        """);
    assertNull(m.date());
    assertEquals(LocalDate.of(2024, 12, 26), cited(m, "41-CT/TW").date());
  }

  // --- number styles --------------------------------------------------------------------------

  @Test
  void partyNumber() {
    DocumentMetadata m = read(PLAN_HEAD.formatted("Đam Rông, ngày 15 tháng 3 năm 2025"));
    assertEquals("12-KH/HU", m.number().value());
    assertEquals("KH", m.type().value());
    assertEquals("Kế hoạch", m.typeName().value());
  }

  @Test
  void stateNumberWithYear() {
    DocumentMetadata m = read("""
        HỘI ĐỒNG NHÂN DÂN TỈNH LÂM ĐỒNG       CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Số: 05/2025/NQ-HĐND                   Độc lập - Tự do - Hạnh phúc
        NGHỊ QUYẾT
        Quy định mức chi cho công tác thi đua, khen thưởng
        """);
    assertEquals("5/2025/NQ-HĐND", m.number().value());
    assertEquals("05/2025/NQ-HĐND", m.numberAsPrinted().value());
    assertEquals("Nghị quyết", m.typeName().value());
    assertEquals("Hội đồng nhân dân tỉnh Lâm Đồng", m.issuer().value());
  }

  @Test
  void ocrNumberLine() {
    DocumentMetadata m = read("S6 229 - KH/HU\n\nKE HOACH\nThuc hien Ke hoach");
    assertEquals("229-KH/HU", m.number().value());
    assertEquals("229 - KH/HU", m.numberAsPrinted().value());
  }

  @Test
  void ocrIssuerCodeWithAMark() {
    assertEquals("229-KH/HU", read("Số 229-KH/HỦ\n\nKẾ HOẠCH\nVề việc").number().value());
  }

  // --- the header as OCR reads it: both columns on one line --------------------------------------

  private static String issuer(String header) {
    return read(header + "\nKẾ HOẠCH\nTổ chức Ngày hội\n").issuer().value();
  }

  @Test
  void partyHeaderMergedWithItsMotto() {
    assertEquals("Huyện ủy Lạc Dương", issuer("HUYỆN ỦY LẠC DƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 15-KH/HU"));
  }

  @Test
  void mergedHeaderWithoutMarksAndWithSlips() {
    assertEquals("Huyện ủy Lạc Dương", issuer("HUYEN UY LAC DUONG PANG CONG SAN VIET NAM\n*\nSố 15-KH/HU"));
    assertEquals("Ủy ban nhân dân tỉnh Đắk Nông", issuer("""
        UY BAN NHAN DAN TINH DAK NONG CONG HOA XA HOI CHU NGHIA VIET NAM
        Doc lap - Tu do - Hanh phiic
        Số: 15/KH-UBND"""));
  }

  @Test
  void committeeJoinedToItsPlaceAcrossMergedLinesAndBlankLines() {
    assertEquals("Ủy ban nhân dân huyện Lâm Hà", issuer("""
        ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

        HUYỆN LÂM HÀ Độc lập - Tự do - Hạnh phúc

        Số: 15/KH-UBND"""));
  }

  @Test
  void mottoWrappedOverTwoLines() {
    assertEquals("Hội đồng nhân dân tỉnh Khánh Hòa", issuer("""
        HỘI ĐỒNG NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
        NAM

        TỈNH KHÁNH HÒA Độc lập - Tự do - Hạnh phúc
        Số: 15/KH-HĐND"""));
    assertEquals("Ủy ban nhân dân tỉnh Ninh Thuận", issuer("""
        ỦY BAN NHÂN DÂN TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ
        NGHĨA VIỆT NAM
        Số: 15/KH-UBND Độc lập - Tự do - Hạnh phúc"""));
  }

  @Test
  void boardPrintedUnderItsCommittee() {
    assertEquals("Ban Tổ chức Tỉnh ủy Khánh Hòa", issuer("""
        TỈNH ỦY KHÁNH HÒA ĐẢNG CỘNG SẢN VIỆT NAM

        BAN TỔ CHỨC

        *
        Số 15-KH/BTCTU"""));
  }

  @Test
  void officeOfACommitteeFromTheNumbersIssuerCode() {
    assertEquals("Văn phòng Huyện ủy Đơn Dương", issuer("HUYỆN ỦY ĐƠN DƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 15-KH/VPHU"));
  }

  @Test
  void parentCommitteeAboveMergedHeader() {
    assertEquals("Huyện ủy Lâm Hà", issuer("ĐẢNG BỘ TỈNH LÂM ĐỒNG\n\nHUYỆN ỦY LÂM HÀ ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 15-KH/HU"));
  }

  @Test
  void bodyTheHeadingNamesWhenTheSignatureIsLost() {
    DocumentMetadata m = read("""
        BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM

        Số 35-NQ/TW

        NGHỊ QUYẾT

        của Ban Bí thư về công tác thi đua

        Sau 10 năm thực hiện.""");
    assertEquals("Ban Bí thư", m.issuer().value());
    assertEquals("của Ban Bí thư về công tác thi đua", m.issuer().sourceText());
    assertEquals("Ban Chấp hành Trung ương", issuer("BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM\nSố 35-KH/TW"));
  }

  // --- citations ------------------------------------------------------------------------------

  @Test
  void basisWithItsDateAndIssuer() {
    DocumentMetadata m = read("""
        Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;
        Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;
        """);
    Citation c = cited(m, "98/2023/NĐ-CP");
    assertEquals(Relation.BASIS, c.relation());
    assertEquals(LocalDate.of(2023, 12, 31), c.date());
    assertEquals("Chính phủ", c.issuer());
    assertEquals(1, c.page());
    assertTrue(c.sourceText().startsWith("Căn cứ Nghị định"));
  }

  @Test
  void implementsGovernsTheFirstNumberOnly() {
    DocumentMetadata m = read("""
        Thực hiện Kế hoạch số 152-KH/TU ngày 28/02/2025 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị, Ban Thường vụ Huyện ủy ban hành kế hoạch như sau:
        """);
    assertEquals(Relation.IMPLEMENTS, cited(m, "152-KH/TU").relation());
    assertEquals("Ban Thường vụ Tỉnh ủy", cited(m, "152-KH/TU").issuer());
    assertEquals(Relation.MENTIONS, cited(m, "41-CT/TW").relation(), "152-KH/TU implements it, not this plan");
  }

  @Test
  void proposal() {
    DocumentMetadata m = read("""
        Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 10/3/2025.
        """);
    Citation c = cited(m, "45/TTr-SNV");
    assertEquals(Relation.PROPOSAL, c.relation());
    assertEquals(LocalDate.of(2025, 3, 10), c.date());
  }

  @Test
  void proposalTheoDeNghi() {
    DocumentMetadata m = read("Theo đề nghị của Trưởng Ban Thi đua - Khen thưởng tỉnh tại Tờ trình số 120/TTr-BTĐKT ngày 5/3/2025.");
    assertEquals(Relation.PROPOSAL, cited(m, "120/TTr-BTĐKT").relation());
  }

  @Test
  void supersedes() {
    DocumentMetadata m = read("""
        Điều 3. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 12/QĐ-UBND ngày 05/01/2020 của Ủy ban nhân dân tỉnh.
        """);
    Citation c = cited(m, "12/QĐ-UBND");
    assertEquals(Relation.SUPERSEDES, c.relation());
    assertEquals("Ủy ban nhân dân tỉnh", c.issuer());
  }

  @Test
  void amends() {
    DocumentMetadata m = read("""
        QUYẾT ĐỊNH
        Sửa đổi, bổ sung một số điều của Quy chế ban hành kèm theo Quyết định số 15/2020/QĐ-UBND ngày 20/5/2020 của UBND tỉnh Lâm Đồng
        """);
    Citation c = cited(m, "15/2020/QĐ-UBND");
    assertEquals(Relation.AMENDS, c.relation());
    assertEquals("Ủy ban nhân dân tỉnh Lâm Đồng", c.issuer());
  }

  @Test
  void repeals() {
    DocumentMetadata m = read("Điều 2. Bãi bỏ Quyết định số 1050/QĐ-UBND ngày 12/6/2018 của Chủ tịch UBND tỉnh.");
    Citation c = cited(m, "1050/QĐ-UBND");
    assertEquals(Relation.REPEALS, c.relation());
    assertEquals("Chủ tịch Ủy ban nhân dân tỉnh", c.issuer());
  }

  @Test
  void mentionsWithoutCue() {
    DocumentMetadata m = read("Tiếp tục thực hiện hiệu quả, gắn với Chỉ thị số 05-CT/TW, ngày 15/6/2016 của Bộ Chính trị.");
    assertEquals(Relation.MENTIONS, cited(m, "05-CT/TW").relation());
  }

  @Test
  void cueMidSentenceIsAPlainVerb() {
    DocumentMetadata m = read("- Quán triệt, tổ chức thực hiện nghiêm túc, hiệu quả Chỉ thị số 41-CT/TW.");
    assertEquals(Relation.MENTIONS, cited(m, "41-CT/TW").relation());
  }

  @Test
  void strongestRelationWinsAndEachNumberOnce() {
    DocumentMetadata m = read("""
        Căn cứ Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị;

        - Quán triệt sâu rộng Chỉ thị số 41-CT/TW trong toàn Đảng bộ.
        """);
    assertEquals(1, m.citations().size());
    assertEquals(Relation.BASIS, m.citations().get(0).relation());
    assertTrue(m.citations().get(0).sourceText().startsWith("Căn cứ"));
  }

  @Test
  void ownNumberIsNotACitation() {
    DocumentMetadata m = read("""
        Số 12-KH/HU
        KẾ HOẠCH
        Tổ chức Ngày hội

        Kế hoạch số 12-KH/HU được phổ biến đến chi bộ. Thực hiện Kế hoạch số 152-KH/TU.
        """);
    assertEquals(List.of("152-KH/TU"), m.citations().stream().map(Citation::number).toList());
  }

  @Test
  void ocrCues() {
    DocumentMetadata m = read("""
        Can ctr Chi thi s6 41-CT/TW ngay 26/12/2024 cua Bo Chinh tri;

        Thuce hién Ké hoach s6 152-KH/TU ngay 28/02/2025 ciia Ban Thuong vu Tinh ty
        """);
    assertEquals(Relation.BASIS, cited(m, "41-CT/TW").relation());
    assertEquals(Relation.IMPLEMENTS, cited(m, "152-KH/TU").relation());
    assertEquals("Ban Thường vụ Tỉnh ủy", cited(m, "152-KH/TU").issuer());
  }

  @Test
  void numberCollisionKeepsIssuers() {
    DocumentMetadata m = read("""
        Tiếp tục thực hiện Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị và Chỉ thị số 34-CT/TU ngày 20/4/2024 của Ban Thường vụ Tỉnh ủy.
        """);
    assertEquals(LocalDate.of(2014, 4, 7), cited(m, "34-CT/TW").date());
    assertEquals("Ban Thường vụ Tỉnh ủy", cited(m, "34-CT/TU").issuer());
  }

  // --- whole documents ------------------------------------------------------------------------

  @Test
  void stateDecision() {
    DocumentMetadata m = read("""
        ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 1234/QĐ-UBND
        Lâm Đồng, ngày 15 tháng 3 năm 2025

        QUYẾT ĐỊNH
        Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh

        CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG

        Căn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;
        Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 45/TTr-SNV ngày 10/3/2025.

        QUYẾT ĐỊNH:

        Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 05 tập thể và 12 cá nhân.

        Nơi nhận:
        - Như Điều 3;
        - Ban Thi đua - Khen thưởng Trung ương (b/c);
        - Lưu: VT, TĐKT.
        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH

        (Đã ký)

        Nguyễn Văn A
        """);
    assertEquals("1234/QĐ-UBND", m.number().value());
    assertEquals("QĐ", m.type().value());
    assertEquals("Quyết định", m.typeName().value());
    assertEquals("Ủy ban nhân dân tỉnh Lâm Đồng", m.issuer().value());
    assertEquals("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG", m.issuer().sourceText());
    assertEquals("Lâm Đồng", m.place().value());
    assertEquals(LocalDate.of(2025, 3, 15), m.date().value());
    assertEquals("Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh", m.subject().value());
    assertEquals("KT. Chủ tịch, Phó Chủ tịch", m.signerTitle().value());
    assertEquals("Nguyễn Văn A", m.signerName().value());
    assertEquals(List.of("Như Điều 3", "Ban Thi đua - Khen thưởng Trung ương", "Lưu: VT, TĐKT"), m.recipients());
    assertEquals(Relation.PROPOSAL, cited(m, "45/TTr-SNV").relation());
  }

  @Test
  void partyPlanWithHeaderAndStandingCommittee() {
    DocumentMetadata m = read("""
        HUYỆN ỦY ĐAM RÔNG              ĐẢNG CỘNG SẢN VIỆT NAM
        Số 230-KH/HU                   Đam Rông, ngày 20 tháng 3 năm 2025
        KẾ HOẠCH
        Tổ chức Ngày hội Đại đoàn kết toàn dân tộc
        -----

        Nơi nhận:                          T/M BAN THƯỜNG VỤ
        - Thường trực Tỉnh ủy (b/c),       BÍ THƯ
        - Lưu Văn phòng Huyện ủy.

        Trần Văn B
        """);
    assertEquals("Ban Thường vụ Huyện ủy Đam Rông", m.issuer().value());
    assertEquals("T/M Ban Thường vụ, Bí thư", m.signerTitle().value());
    assertEquals("Trần Văn B", m.signerName().value());
    assertEquals(List.of("Thường trực Tỉnh ủy", "Lưu Văn phòng Huyện ủy"), m.recipients());
    assertEquals("Tổ chức Ngày hội Đại đoàn kết toàn dân tộc", m.subject().value());
  }

  @Test
  void issuerFromSignatureAndNumberWhenHeaderIsLost() {
    DocumentMetadata m = read("""
        Số 231-KH/HU
        KẾ HOẠCH
        Tổ chức Ngày hội

        T/M BAN THƯỜNG VỤ
        PHÓ BÍ THƯ
        """);
    assertEquals("Ban Thường vụ Huyện ủy", m.issuer().value());
  }

  @Test
  void signaturePrefixWithTheTReadAsOne() {
    DocumentMetadata m = read("""
        Số 231-KH/HU
        KẾ HOẠCH
        Tổ chức Ngày hội

        - Lưu Văn phòng Huyện ủy.

        1/M BẠN THƯỜNG VỤ

        PHÓ BÍ THƯ
        """);
    assertEquals("T/M Ban Thường vụ, Phó Bí thư", m.signerTitle().value());
    assertNull(read("Số 231-KH/HU\nKẾ HOẠCH\nTổ chức\n\nTheo Công văn số 21/MTTQ-BTT.\n").signerTitle());
  }

  @Test
  void letterWithVv() {
    DocumentMetadata m = read("""
        ỦY BAN NHÂN DÂN                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        HUYỆN ĐAM RÔNG                  Độc lập - Tự do - Hạnh phúc
        Số: 456/UBND-VP
        V/v triển khai phong trào thi đua
        “Người tốt, việc tốt” năm 2025
        Đam Rông, ngày 02 tháng 4 năm 2025

        Kính gửi: Ủy ban nhân dân các xã

        Thực hiện Kế hoạch số 230-KH/HU ngày 20/3/2025 của Ban Thường vụ Huyện ủy, Ủy ban nhân dân huyện đề nghị các xã triển khai.

        TL. CHỦ TỊCH
        CHÁNH VĂN PHÒNG

        Lê Thị C
        """);
    assertEquals("456/UBND-VP", m.number().value());
    assertEquals("CV", m.type().value());
    assertEquals("Công văn", m.typeName().value());
    assertEquals("triển khai phong trào thi đua “Người tốt, việc tốt” năm 2025", m.subject().value());
    assertEquals(LocalDate.of(2025, 4, 2), m.date().value());
    assertEquals("Ủy ban nhân dân huyện Đam Rông", m.issuer().value());
    assertEquals("TL. Chủ tịch, Chánh Văn phòng", m.signerTitle().value());
    assertEquals(Relation.IMPLEMENTS, cited(m, "230-KH/HU").relation());
  }

  @Test
  void subjectOpeningWithACueAfterTheBlankLineOcrPutsUnderTheHeading() {
    DocumentMetadata m = read("""
        HUYỆN ỦY ĐAM RÔNG ĐẢNG CỘNG SẢN VIỆT NAM

        Số 61-KH/HU Đam Rông, ngày 15 tháng 5 năm 2024

        KẾ HOẠCH

        thực hiện Chỉ thị số 34-CT/TU ngày 20/4/2024 của Ban Thường vụ Tỉnh ủy
        về nâng cao chất lượng phong trào thi đua yêu nước

        Thực hiện Chỉ thị số 34-CT/TU, Ban Thường vụ Huyện ủy ban hành kế hoạch.""");
    assertEquals("thực hiện Chỉ thị số 34-CT/TU ngày 20/4/2024 của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng"
        + " phong trào thi đua yêu nước", m.subject().value());
  }

  @Test
  void preambleIsNotASubject() {
    assertNull(read("Số: 15/QĐ-UBND\nQUYẾT ĐỊNH\n\nCăn cứ Luật Thi đua, khen thưởng ngày 15/6/2022;").subject());
    assertNull(read("Số: 15/QĐ-UBND\nQUYẾT ĐỊNH\nXét đề nghị của Giám đốc Sở Nội vụ.").subject());
  }

  @Test
  void letterSubjectOverTheBlankLinesOcrPutsBetweenItsLines() {
    DocumentMetadata m = read("""
        Số 85-CV/HU Đam Rông, ngày 05 tháng 5 năm 2025

        V/v sơ kết việc thực hiện Chỉ thị số 41-CT/TW

        của Bộ Chính trị

        Kính gửi: Các tổ chức cơ sở đảng

        Thực hiện Kế hoạch số 152-KH/TU.""");
    assertEquals("sơ kết việc thực hiện Chỉ thị số 41-CT/TW của Bộ Chính trị", m.subject().value());
    assertEquals("sơ kết việc thực hiện", read("Số: 85/UBND-VP\nV/v sơ kết việc thực hiện\n\nThực hiện Kế hoạch.").subject().value());
  }

  @Test
  void provenanceNamesPageAndLine() {
    DocumentMetadata m = MetadataReader.read(List.of("Số 12-KH/HU\nKẾ HOẠCH\nTổ chức Ngày hội",
        "Căn cứ Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị;"));
    assertEquals(2, cited(m, "41-CT/TW").page());
    assertEquals("Căn cứ Chỉ thị số 41-CT/TW ngày 26/12/2024 của Bộ Chính trị;", cited(m, "41-CT/TW").sourceText());
  }

  @Test
  void emptyDocument() {
    DocumentMetadata m = MetadataReader.read(List.of());
    assertNull(m.number());
    assertTrue(m.citations().isEmpty());
  }

  @Test
  void subjectAfterAHeadingThatNamesItsIssuer() {
    DocumentMetadata m = read("""
        BAN CHẤP HÀNH TRUNG ƯƠNG
        Số 41-CT/TW
        CHỈ THỊ
        CỦA BỘ CHÍNH TRỊ
        về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng

        Sau 10 năm thực hiện Chỉ thị số 34-CT/TW.""");
    assertEquals("về tăng cường sự lãnh đạo của Đảng đối với công tác thi đua, khen thưởng", m.subject().value());
  }
}
