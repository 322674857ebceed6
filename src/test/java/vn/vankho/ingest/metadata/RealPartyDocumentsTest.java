package vn.vankho.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shapes of real Party documents (src/test/resources/real-set/party, found with the search tool's pages
 * corpus) that the reader once failed on: the header of a Central Committee's office as Hướng dẫn 36-HD/VPTW lays
 * it out, a header flattened into one line, and web copies that lost the header and announce the document in a
 * sentence above its text. Only documents outside the fifth kept aside.
 */
class RealPartyDocumentsTest {
  private static final Path PARTY = Path.of("src/test/resources/real-set/party");

  private static DocumentMetadata read(String id) throws IOException {
    return MetadataReader.read(List.of(text(id).split("\f")));
  }

  @Test
  void anOfficePrintedUnderTheCentralCommitteeIsTheOfficeOfTheCentralCommittee() throws IOException {
    // "BAN CHẤP HÀNH TRUNG ƯƠNG" / "VĂN PHÒNG", and the type and subject on one line: "HƯỚNG DẪN VỀ THỂ THỨC ..."
    DocumentMetadata m = read("tw-11-hd-vptw");
    assertEquals("11-HD/VPTW", m.number().value());
    assertEquals("Văn phòng Trung ương Đảng", m.issuer().value());
    assertEquals("Hướng dẫn", m.typeName().value());
    assertEquals("VỀ THỂ THỨC VĂN BẢN CỦA ĐẢNG", m.subject().value());
    assertEquals(LocalDate.of(2004, 5, 28), m.date().value());
  }

  @Test
  void aHeaderFlattenedIntoOneLineStillGivesItsNumber() throws IOException {
    // "BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG * Số 36-HD/VPTW ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội, ngày 03 tháng 4 năm 2018 ..."
    DocumentMetadata m = read("tw-36-hd-vptw");
    assertEquals("36-HD/VPTW", m.number().value());
    assertEquals("Hướng dẫn", m.typeName().value());
    assertEquals("Văn phòng Trung ương Đảng", m.issuer().value());
    assertEquals(LocalDate.of(2018, 4, 3), m.date().value());
    assertTrue(m.citations().isEmpty(), "its own number is no citation: " + m.citations());
  }

  @Test
  void aLostHeaderIsReadFromTheSentenceThatAnnouncesTheDocument() throws IOException {
    // "... vừa ký Chỉ thị số 40-CT/TW ngày 11/12/2024 của Ban Bí thư về việc tổ chức Tết Ất Tỵ năm 2025."
    DocumentMetadata m = read("tw-40-ct");
    assertEquals("40-CT/TW", m.number().value());
    assertEquals("Chỉ thị", m.typeName().value());
    assertEquals(LocalDate.of(2024, 12, 11), m.date().value());
    assertEquals("Ban Bí thư", m.issuer().value());
    assertEquals("về việc tổ chức Tết Ất Tỵ năm 2025", m.subject().value());
    assertFalse(m.citations().stream().anyMatch(c -> c.number().equals("40-CT/TW")), "its own number is no citation");
  }

  @Test
  void anAnnouncingSentenceNamesItsIssuerBeforeTheVerb() throws IOException {
    // "Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 55-HD/BTGTW về ..."
    DocumentMetadata board = read("btgtw-55-hd");
    assertEquals("55-HD/BTGTW", board.number().value());
    assertEquals("Ban Tuyên giáo Trung ương", board.issuer().value());
    // "Ban Thường vụ Tỉnh ủy Yên Bái đã ban hành Chỉ thị số 17 về việc ...": a number without its symbol is none
    DocumentMetadata standing = read("tu-yen-bai-17-ct");
    assertNull(standing.number());
    assertEquals("Chỉ thị", standing.typeName().value());
    assertEquals("Ban Thường vụ Tỉnh ủy Yên Bái", standing.issuer().value());
    assertTrue(standing.subject().value().startsWith("về việc tăng cường sự lãnh đạo"), standing.subject().value());
  }

  @Test
  void aNumberAboveTheHeadingOfAnotherTypeIsACitation() throws IOException {
    // the page's title "Chương trình thực hiện Chỉ thị 13-CT/TW ..." above the heading "CHƯƠNG TRÌNH"; the lead
    // "Ngày 23/8/2017, Tỉnh Ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU ..." names the document
    DocumentMetadata m = read("tu-thua-thien-hue-27-ctr");
    assertEquals("27-CTr/TU", m.number().value());
    assertEquals("Chương trình", m.typeName().value());
    assertEquals(LocalDate.of(2017, 8, 23), m.date().value());
    assertEquals("implements", m.citations().stream().filter(c -> c.number().equals("13-CT/TW"))
        .map(c -> c.relation().jsonName()).findFirst().orElse(null));
  }

  @Test
  void aPartyQuyDinhNumberedQdIsAQuyDinh() throws IOException {
    // Hướng dẫn 36-HD/VPTW numbers the Party's Quy định with QĐ, as its Quyết định: the heading "QUY ĐỊNH" decides
    DocumentMetadata m = read("tw-97-qd");
    assertEquals("97-QĐ/TW", m.number().value());
    assertEquals("Quy định", m.typeName().value());
  }

  @Test
  void theNumbersIssuerCodeChoosesTheCommitteeAmongTheHeadersLines() throws IOException {
    // "TỈNH ỦY THỪA THIÊN HUẾ" heads 445-KL/TƯ; OCR broke the heading ("K ÉT LUẬN"), so the title's line of
    // capitals "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI)" stands in the header's reach
    DocumentMetadata m = read("tu-thua-thien-hue-445-kl");
    assertEquals("Tỉnh ủy Thừa Thiên Huế", m.issuer().value());
    assertEquals("Thừa Thiên Huế", m.place().value());
  }

  @Test
  void aQuyDinhUnderTheCentralCommitteesHeaderIsIssuedByTheBodyItsEnactingSentenceNames() throws IOException {
    // "BAN CHẤP HÀNH TRUNG ƯƠNG" heads it, but after the preamble "Ban Bí thư quy định về thể loại, ... như sau:"
    DocumentMetadata m = read("tw-66-qd");
    assertEquals("Ban Bí thư", m.issuer().value());
    assertEquals("66-QĐ/TW", m.number().value());
  }

  @Test
  void numbersGluedToSoAreCitations() throws IOException {
    // "Thi hành Quy định số31-QĐ/TW ... và Quy định số91-QĐ/TW ..." in a web copy of Hướng dẫn 11-HD/VPTW
    List<String> cited = read("tw-11-hd-vptw").citations().stream().map(c -> c.number()).toList();
    assertTrue(cited.containsAll(List.of("31-QĐ/TW", "91-QĐ/TW")), () -> "cited " + cited);
  }

  @Test
  void aLeadDatedBeforeItsIssuerGivesTheDate() throws IOException {
    // "(TCTA) Ngày 22/12/2025, Ban Bí thư ban hành Chỉ thị số 55-CT/TW về việc tổ chức Tết Bính Ngọ năm 2026."
    DocumentMetadata m = read("tw-55-ct");
    assertEquals(LocalDate.of(2025, 12, 22), m.date().value());
    assertEquals("Ban Bí thư", m.issuer().value());
    assertEquals("55-CT/TW", m.number().value());
  }

  @Test
  void aLeadSayingOnWhoseBehalfItWasSignedNamesTheIssuer() throws IOException {
    // "Thay mặt Ban Bí thư, Thường trực Ban Bí thư Trương Thị Mai đã ký ban hành Chỉ thị số 26-CT/TW ngày 23/11/2023 ..."
    DocumentMetadata m = read("tw-26-ct");
    assertEquals("Ban Bí thư", m.issuer().value());
    assertEquals(LocalDate.of(2023, 11, 23), m.date().value());
    assertEquals("về việc tổ chức Tết Giáp Thìn năm 2024", m.subject().value());
  }

  @Test
  void theBodySignedForIsTheIssuerNotTheBodyInTheSignersTitle() throws IOException {
    // "Thay mặt Bộ Chính trị, đồng chí Võ Văn Thưởng, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư, vừa ký ban hành
    // Kết luận số 34-KL/TW ngày 18/4/2022 về ...": "Ban Bí thư" ends the signer's title, right before the verb
    DocumentMetadata m = read("tw-34-kl");
    assertEquals("Bộ Chính trị", m.issuer().value());
    assertEquals("34-KL/TW", m.number().value());
    assertEquals("Kết luận", m.typeName().value());
    assertEquals(LocalDate.of(2022, 4, 18), m.date().value());
    assertEquals("về Chiến lược công tác kiểm tra, giám sát của Đảng đến năm 2030", m.subject().value());
    // without the body signed for, the title alone names no issuer
    String titleOnly = text("tw-34-kl").replace("Thay mặt Bộ Chính trị, đồng chí", "Đồng chí");
    assertNull(MetadataReader.read(List.of(titleOnly)).issuer());
  }

  @Test
  void aSapoWithTheNumberAloneIsCompletedByTheLeadThatNamesTheSameNumber() throws IOException {
    // news put a short sapo over the lead; here made of 34-KL/TW's own words: the sapo names the number and the
    // subject, the lead the body signed for and the date
    String sapo = "Thường trực Ban Bí thư ký ban hành Kết luận số 34-KL/TW về Chiến lược công tác kiểm tra, giám sát "
        + "của Đảng đến năm 2030.\n";
    DocumentMetadata m = MetadataReader.read(List.of(sapo + text("tw-34-kl")));
    assertEquals("34-KL/TW", m.number().value());
    assertEquals("Bộ Chính trị", m.issuer().value());
    assertEquals(LocalDate.of(2022, 4, 18), m.date().value());
  }

  @Test
  void aNumberInBracketsAfterTheAnnouncingSentenceIsTheDocuments() throws IOException {
    // "... ký ban hành Kết luận của Bộ Chính trị, Ban Bí thư về kết quả ... XIV của Đảng (Kết luận số Kết luận số
    // 200-KL/TW)." under a date that opens the line; issued jointly, so no one body is read as its issuer
    DocumentMetadata m = read("tw-200-kl");
    assertEquals("200-KL/TW", m.number().value());
    assertEquals("Kết luận", m.typeName().value());
    assertEquals(LocalDate.of(2025, 10, 17), m.date().value());
    assertEquals("về kết quả công tác tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV "
        + "của Đảng", m.subject().value());
    assertNull(m.issuer());
    assertEquals(List.of("45-CT/TW", "493-BC/VPTW"), m.citations().stream().map(Citation::number).sorted().toList());
  }

  @Test
  void aQuyDinhAnnouncedWithAQdNumberIsAQuyDinh() throws IOException {
    // "... đã ký ban hành Quy định số 368-QĐ/TW của Bộ Chính trị về danh mục ...": the Party's QĐ serves both types
    DocumentMetadata m = read("tw-368-qd");
    assertEquals("368-QĐ/TW", m.number().value());
    assertEquals("Quy định", m.typeName().value());
    assertEquals("Bộ Chính trị", m.issuer().value());
    assertTrue(m.citations().isEmpty(), "its own number is no citation: " + m.citations());
  }

  @Test
  void aBoardOfAProvincialCommitteeIsNamedWithItsProvince() throws IOException {
    // "Ban Tuyên giáo Tỉnh ủy Trà Vinh vừa ban hành Công văn số 1510-CV/BTGTU, về việc ...": the lead names the
    // board with its province, where the number's code BTGTU names only the kind of board
    DocumentMetadata m = read("tu-tra-vinh-1510-cv");
    assertEquals("Ban Tuyên giáo Tỉnh ủy Trà Vinh", m.issuer().value());
    assertEquals("1510-CV/BTGTU", m.number().value());
    assertEquals("Công văn", m.typeName().value());
    assertEquals("về việc tuyên truyền kỷ niệm 130 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890- 19/5/2020)",
        m.subject().value());
  }

  @Test
  void aStandingCommitteeNamedWithItsTermTakesTheProvinceTheLeadGivesItsCommittee() throws IOException {
    // the programme's opening sentence "..., Ban Thường vụ Tỉnh ủy (khóa XV) ban hành chương trình thực hiện như
    // sau:" names its issuer with the committee's term; the lead "Tỉnh Ủy Thừa Thiên Huế đã ban hành ..." its province
    DocumentMetadata m = read("tu-thua-thien-hue-27-ctr");
    assertEquals("Ban Thường vụ Tỉnh ủy Thừa Thiên Huế", m.issuer().value());
  }

  @Test
  void aPagesTitleLineNamesTheIssuerAndTheSubjectOfADocumentThatLostItsHeader() throws IOException {
    // the page's title "Chỉ thị số 55-CT/TW của Ban Bí thư về việc tổ chức Tết Bính Ngọ năm 2026" above the text,
    // the lead that announces it left out: a copy that keeps only the title names the document there
    List<String> lines = text("tw-55-ct").lines().toList();
    String titleOnly = lines.get(0) + "\n" + String.join("\n", lines.subList(2, lines.size()));
    DocumentMetadata m = MetadataReader.read(List.of(titleOnly));
    assertEquals("55-CT/TW", m.number().value());
    assertEquals("Chỉ thị", m.typeName().value());
    assertEquals("Ban Bí thư", m.issuer().value());
    assertEquals("về việc tổ chức Tết Bính Ngọ năm 2026", m.subject().value());
  }

  @Test
  void aPlenumsConclusionIsTitledByItsPlenumAndCommitteeWithItsTerm() throws IOException {
    // the text layer split the heading ("K ÉT LUẬN"); the title names the plenum and the committee with its term,
    // "HỘI NGHỊ LÂN THỨ BẢY" / "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI)" / "về xây dựng ...", and the text follows
    // with no rule between: "Hội nghị lần thứ bảy ... họp ngày 26/4/2022 ..." begins a sentence, not the title
    DocumentMetadata m = read("tu-thua-thien-hue-445-kl");
    assertEquals("Kết luận", m.typeName().value());
    assertEquals("HỘI NGHỊ LÂN THỨ BẢY BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI) về xây dựng hệ thống kết cấu hạ tầng đồng "
        + "bộ đến năm 2025, định hướng đến năm 2030", m.subject().value());
  }

  private static String text(String id) throws IOException {
    return Files.readString(PARTY.resolve(id + ".txt"), StandardCharsets.UTF_8);
  }
}
