package vn.vankho.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import vn.vankho.eval.SharedCorpus;

/**
 * The shapes of real documents the reader once failed on, each built from a document of the real set
 * (src/test/resources/real-set): as published, or with the part a copy can lose (its header) taken out.
 */
class RealDocumentShapesTest {
  private static final Path DOCUMENTS = Path.of("src/test/resources/real-set/documents");

  private static final Path PROVINCES = Path.of("src/test/resources/real-set/provinces");

  private static String document(String id) throws IOException {
    return Files.readString(DOCUMENTS.resolve(id + ".txt"), StandardCharsets.UTF_8);
  }

  private static String province(String id) throws IOException {
    return Files.readString(PROVINCES.resolve(id + ".txt"), StandardCharsets.UTF_8);
  }

  private static String realSet(String id) throws IOException {
    return Files.readString(Path.of("src/test/resources/real-set").resolve(id + ".txt"), StandardCharsets.UTF_8);
  }

  /** The text of a gazette document of the shared corpus (congbao/docs.jsonl.gz), by its id. */
  private static String gazette(String id) throws IOException {
    return corpus("congbao", id);
  }

  /** The text of a document of the shared corpus ({@code part}/docs.jsonl.gz: vbpl or congbao), by its id. */
  private static String corpus(String part, String id) throws IOException {
    Path docs = SharedCorpus.folder().resolve(part + "/docs.jsonl.gz");
    ObjectMapper json = new ObjectMapper();
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(docs)), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        JsonNode doc = json.readTree(line);
        if (doc.get("id").asText().equals(id)) {
          return doc.get("text").asText();
        }
      }
    }
    throw new AssertionError(id + " is not in " + docs);
  }

  private static DocumentMetadata read(String text) {
    return MetadataReader.read(List.of(text.split("\f")));
  }

  /** The text from the first line that starts with {@code from}: what is left when a copy lost what stands above. */
  private static String from(String text, String from) {
    int at = text.indexOf(from);
    assertTrue(at >= 0, from);
    return text.substring(at);
  }

  private static String relation(DocumentMetadata m, String number) {
    return m.citations().stream().filter(c -> c.number().equals(number)).map(c -> c.relation().jsonName())
        .findFirst().orElse(null);
  }

  @Test
  void aGazettePageLineAboveTheHeaderIsNoPartOfIt() throws IOException {
    // "CÔNG BÁO/Số 55/Ngày 26-01-2026" and the page number stand above the ministry's header
    DocumentMetadata m = read(document("congbao-thong-tu-so-02-2026-tt-btc-468745"));
    assertEquals("2/2026/TT-BTC", m.number().value());
    assertEquals("Bộ Tài chính", m.issuer().value());
    assertEquals(LocalDate.of(2026, 1, 1), m.date().value());
    assertEquals("KT. Bộ trưởng, Thứ trưởng", m.signerTitle().value());
    // an inter-ministry code, repealed by the document's subject
    assertEquals("repeals", relation(m, "72/2011/TTLT-BTC-BGTVT"));
  }

  @Test
  void theAuthorityLineNamesTheIssuerOfACopyThatLostItsHeader() throws IOException {
    // "QUYẾT ĐỊNH / Về việc công bố ... / BỘ TRƯỞNG BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI / Căn cứ ..."
    DocumentMetadata m = read(from(document("congbao-quyet-dinh-so-135-qd-bldtbxh-41357"), "QUYẾT ĐỊNH"));
    assertEquals("Bộ Lao động - Thương binh và Xã hội", m.issuer().value());
    assertTrue(m.subject().value().startsWith("Về việc công bố Danh mục văn bản"), m.subject().value());
  }

  @Test
  void theNumbersCodeNamesTheIssuerWhenOnlyTheSignatureSaysWhoSigned() throws IOException {
    // the header line THỦ TƯỚNG CHÍNH PHỦ lost; the signature says only "KT. THỦ TƯỚNG / PHÓ THỦ TƯỚNG"
    String text = from(document("vbpl-doc_000110"), "Số: 05/2026/QĐ-TTg");
    DocumentMetadata m = read(text);
    assertEquals("Thủ tướng Chính phủ", m.issuer().value());
    assertEquals("KT. Thủ tướng, Phó Thủ tướng", m.signerTitle().value());
    assertEquals("Hồ Đức Phớc", m.signerName().value());
  }

  @Test
  void aHeaderBrokenIntoWordsPerLineStillNamesItsBody() throws IOException {
    // the web copy's header, re-broken as the issue saw it: "THỦ" / "TƯỚNG CHÍNH PHỦ" / "CỘNG" / "HÒA XÃ HỘI ..."
    String text = document("vbpl-doc_000110").replace("THỦ TƯỚNG CHÍNH PHỦ\n", "THỦ\nTƯỚNG CHÍNH PHỦ\n")
        .replace("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    assertEquals("Thủ tướng Chính phủ", read(text).issuer().value());
    // and a ministry whose name a web copy printed over two lines: "BỘ TÀI NGUYÊN" / "VÀ MÔI TRƯỜNG"
    assertEquals("Bộ Tài nguyên và Môi trường", read(document("vbpl-doc_000234")).issuer().value());
  }

  @Test
  void thePreamblesFormulaNamesTheIssuerOverAWrongHeader() throws IOException {
    // the web copy prints CHÍNH PHỦ over a Thông tư that "Bộ trưởng Bộ Công an ban hành"
    assertEquals("Bộ Công an", read(document("vbpl-doc_000018")).issuer().value());
  }

  @Test
  void aLawsNumberFollowsLuatSoAndItsDateIsTheDayItWasPassed() throws IOException {
    DocumentMetadata m = read(document("vbpl-doc_000077"));
    assertEquals("107/2025/QH15", m.number().value());
    assertEquals("Luật", m.typeName().value());
    assertEquals("Quốc hội", m.issuer().value());
    assertEquals(LocalDate.of(2025, 12, 5), m.date().value());
    assertNull(m.place());
    assertEquals("SỬA ĐỔI, BỔ SUNG MỘT SỐ ĐIỀU CỦA LUẬT LÝ LỊCH TƯ PHÁP", m.subject().value());
    assertEquals("Chủ tịch Quốc hội", m.signerTitle().value());
    assertEquals("Trần Thanh Mẫn", m.signerName().value());
  }

  @Test
  void aConsolidatedTextIsReadFromTheCertificationThatClosesIt() throws IOException {
    DocumentMetadata m = read(document("congbao-van-ban-hop-nhat-so-1548-vbhn-bldtbxh-41720"));
    assertEquals("1548/VBHN-BLĐTBXH", m.number().value());
    assertEquals("Văn bản hợp nhất", m.typeName().value());
    assertEquals("Bộ Lao động - Thương binh và Xã hội", m.issuer().value());
    assertEquals(LocalDate.of(2024, 4, 12), m.date().value());
    assertEquals("Quy định về điều lệ trung tâm giáo dục nghề nghiệp", m.subject().value());
    assertEquals("Lê Tấn Dũng", m.signerName().value());
  }

  @Test
  void aLostHeaderLeavesTheNumberTypeAndDateInTheTitleLine() {
    // the first lines of a gazette's continuation issue (congbao/pdf/thong-tu-so-102-2018-tt-btc-28383.pdf)
    String text = """
        2 CÔNG BÁO/Số 203 + 204/Ngày 18-02-2019

        VĂN BẢN QUY PHẠM PHÁP LUẬT

        BỘ TÀI CHÍNH

        Thông tư số 102/2018/TT-BTC ngày 14 tháng 11 năm 2018
        hướng dẫn kế toán Bảo hiểm xã hội

        (Tiếp theo Công báo số 201 + 202)

        Phụ lục số 04
        """;
    DocumentMetadata m = read(text);
    assertEquals("102/2018/TT-BTC", m.number().value());
    assertEquals("Thông tư", m.typeName().value());
    assertEquals(LocalDate.of(2018, 11, 14), m.date().value());
    assertEquals("hướng dẫn kế toán Bảo hiểm xã hội", m.subject().value());
    assertEquals("Bộ Tài chính", m.issuer().value());
  }

  @Test
  void aSubjectGoesOnOverTheBlankLinesOfADoubleSpacedCopy() throws IOException {
    assertEquals("Quy định quản lý, sử dụng và quyết toán vốn đầu tư công và kinh phí sự nghiệp từ nguồn ngân sách nhà "
        + "nước thực hiện Chương trình mục tiêu quốc gia phòng, chống ma túy đến năm 2030",
        read(document("vbpl-doc_000052")).subject().value());
  }

  @Test
  void aCanCuClauseIsBasisForTheLawsThatAmendedTheOneItCites() throws IOException {
    // "Căn cứ Luật Doanh nghiệp số 59/2020/QH14 được sửa đổi, bổ sung bởi Luật số 03/2022/QH15 và Luật số 76/2025/QH15;"
    DocumentMetadata m = read(document("congbao-nghi-dinh-so-145-2026-nd-cp-469483"));
    for (String law : List.of("59/2020/QH14", "3/2022/QH15", "76/2025/QH15")) {
      assertEquals("basis", relation(m, law), law);
    }
  }

  @Test
  void aListOfTextsThatLostForceNamesWhatOthersDidNotWhatThisDocumentDoes() throws IOException {
    // table rows "Được thay thế bởi Nghị định số 97/2022/NĐ-CP": the decision replaces nothing
    DocumentMetadata m = read(document("congbao-quyet-dinh-so-135-qd-bldtbxh-41357"));
    assertEquals("mentions", relation(m, "97/2022/NĐ-CP"));
    assertEquals("mentions", relation(m, "25/2022/QĐ-TTg"));
    // a decision of 1996 numbered without a type code: "Quyết định số 118/TTg"
    assertEquals("mentions", relation(m, "118/TTg"));
  }

  @Test
  void aBareCommitteeTakesItsProvinceFromTheAuthorityLine() throws IOException {
    // "ỦY BAN NHÂN DÂN" in the header, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH" over the preamble
    assertEquals("Ủy ban nhân dân tỉnh Ninh Bình", read(province("ubnd-ninh-binh-232-qd")).issuer().value());
  }

  @Test
  void aBareCommitteeTakesItsProvinceFromThePlaceAndDateLine() throws IOException {
    // "ỦY BAN NHÂN DÂN |" over "Phú Thọ, ngày 10 tháng 02 năm 2023 |", and nothing else names the province
    DocumentMetadata m = read(province("ubnd-phu-tho-335-kh"));
    assertEquals("Ủy ban nhân dân tỉnh Phú Thọ", m.issuer().value());
    assertEquals("335/KH-UBND", m.number().value());
    assertNull(m.signerTitle());
  }

  @Test
  void aPlanNamesItsIssuerInItsOpeningSentenceUnderAHeaderBrokenWordByWord() throws IOException {
    // "ỦY" / "BAN NHÂN DÂN" / "TỈNH CÀ MAU", "Số:" / "36/KH-UBND", "Cà" / "Mau, ngày 21 tháng 02 năm 2022",
    // and "..., Ủy ban nhân dân tỉnh Cà Mau ban hành Kế hoạch thực hiện ..."
    DocumentMetadata m = read(province("ubnd-ca-mau-36-kh"));
    assertEquals("Ủy ban nhân dân tỉnh Cà Mau", m.issuer().value());
    assertEquals("36/KH-UBND", m.number().value());
    assertEquals("Cà Mau", m.place().value());
    assertEquals(LocalDate.of(2022, 2, 21), m.date().value());
    assertEquals("implements", relation(m, "1660/QĐ-TTg"));
  }

  @Test
  void aSoUnderItsProvincesCommitteeIsThatProvincesSo() throws IOException {
    // "UBND TỈNH NINH THUẬN" over "SỞ GIÁO DỤC VÀ ĐÀO TẠO", the motto beside them, "Số : 2917 /SGDĐT-VP"
    DocumentMetadata m = read(province("sgddt-ninh-thuan-2917-cv"));
    assertEquals("Sở Giáo dục và Đào tạo tỉnh Ninh Thuận", m.issuer().value());
    assertEquals("2917/SGDĐT-VP", m.number().value());
    assertEquals("Công văn", m.typeName().value());
  }

  @Test
  void aJointCircularOfSixBodiesKeepsEveryIssuerCodeOfItsNumber() throws IOException {
    // Thông tư liên tịch 29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC of the shared corpus (vbpl doc_000192, not in
    // the set's draw): the ministries of Justice, Public Security, Defence and Finance with the Supreme Court and
    // the Supreme Procuracy; it amends 10/2018/TTLT of the same six
    DocumentMetadata m = read(corpus("vbpl", "doc_000192"));
    assertEquals("29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC", m.number().value());
    assertEquals("Thông tư liên tịch", m.typeName().value());
    assertEquals(LocalDate.of(2025, 12, 31), m.date().value());
    assertTrue(m.citations().stream().anyMatch(c -> c.number().equals("10/2018/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC")),
        m.citations().toString());
  }

  @Test
  void aBareCommitteeDatedFromItsProvincesSeatIsThatProvinces() throws IOException {
    // Công văn 554/UBND-KT of An Giang, "Long Xuyên, ngày 22 tháng 02 năm 2006": as published the header names
    // the province; a copy that lost the line's province leaves "UỶ BAN NHÂN DÂN" and the seat to go by
    String published = province("ubnd-an-giang-554-cv");
    String bare = published.replace("UỶ BAN NHÂN DÂN TỈNH AN GIANG", "UỶ BAN NHÂN DÂN");
    assertNotEquals(published, bare);
    for (String text : List.of(published, bare)) {
      DocumentMetadata m = read(text);
      assertEquals("Ủy ban nhân dân tỉnh An Giang", m.issuer().value());
      assertEquals("Long Xuyên", m.place().value());
    }
    // the seat speaks for the province only while it was its seat: after the 2025 mergers it is a ward
    assertEquals("Ủy ban nhân dân", read(bare.replace("năm 2006", "năm 2026")).issuer().value());
  }

  @Test
  void thePrimeMinistersAuthorityLineNamesTheIssuerOfACopyThatLostItsHeader() throws IOException {
    // Quyết định 982/QĐ-TTg from its heading on: "QUYẾT ĐỊNH" / subject / "THỦ TƯỚNG CHÍNH PHỦ" / "Căn cứ ..."
    String text = from(gazette("quyet-dinh-so-982-qd-ttg-469699"), "QUYẾT ĐỊNH");
    assertEquals("Thủ tướng Chính phủ", read(text).issuer().value());
  }

  @Test
  void aPlanNamesItsIssuerInItsOpeningSentenceWhenItsHeaderIsLost() throws IOException {
    // from "KẾ HOẠCH" on: only "..., Ủy ban nhân dân tỉnh Cà Mau ban hành Kế hoạch thực hiện ..." names it
    DocumentMetadata m = read(from(province("ubnd-ca-mau-36-kh"), "KẾ HOẠCH"));
    assertEquals("Ủy ban nhân dân tỉnh Cà Mau", m.issuer().value());
    assertEquals("Kế hoạch", m.typeName().value());
  }

  @Test
  void aNumberWithoutATypeCodeIsTheDocumentsOwn() throws IOException {
    // "HỘI ĐỒNG BỘ TRƯỞNG" / "Số: 72/HĐBT" (1981), the shape of "Số: 923/TTg": the type from the heading
    DocumentMetadata m = read(realSet("central/hdbt-72-1981-qd"));
    assertEquals("72/HĐBT", m.number().value());
    assertEquals("Quyết định", m.typeName().value());
    assertEquals("Hội đồng Bộ trưởng", m.issuer().value());
    assertEquals(LocalDate.of(1981, 9, 17), m.date().value());
  }

  @Test
  void aConsolidatedTextOfTheNationalAssemblysOfficeIsItsOwn() throws IOException {
    // a gazette's consolidated law: "VĂN PHÒNG QUỐC HỘI" / "Số: 111/VBHN-VPQH" / "XÁC THỰC VĂN BẢN HỢP NHẤT"
    DocumentMetadata m = read(gazette("van-ban-hop-nhat-so-111-vbhn-vpqh-469594"));
    assertEquals("111/VBHN-VPQH", m.number().value());
    assertEquals("Văn bản hợp nhất", m.typeName().value());
    assertEquals("Văn phòng Quốc hội", m.issuer().value());
  }

  @Test
  void aConsolidatedTextWithoutItsCertificationIsStillConsolidated() throws IOException {
    // the same law as a gazette issue that holds its first part only ("Xem tiếp Công báo số ..."): cut before the
    // certification, what is left is the heading "LUẬT" and the note that opens a consolidated text ("Luật Thuế tiêu
    // thụ đặc biệt số 66/2025/QH15 ngày ... của Quốc hội, có hiệu lực ..., được sửa đổi, bổ sung bởi:")
    String text = gazette("van-ban-hop-nhat-so-111-vbhn-vpqh-469594");
    String firstPart = text.substring(0, text.indexOf("VĂN PHÒNG QUỐC HỘI"));
    DocumentMetadata m = read(firstPart);
    assertEquals("Văn bản hợp nhất", m.typeName().value());
    // the preamble it repeats ("Quốc hội ban hành Luật ...") is the law's, not the consolidated text's
    assertNull(m.issuer());
    // with the gazette's label of the consolidating body over it, as other issues print it, that body issues it
    DocumentMetadata labelled = read("VĂN BẢN HỢP NHẤT - VĂN PHÒNG QUỐC HỘI\n\n" + firstPart);
    assertEquals("Văn phòng Quốc hội", labelled.issuer().value());
    assertEquals("Văn bản hợp nhất", labelled.typeName().value());
    // a law itself opens with no such note: Luật Quản lý thuế 108/2025/QH15 stays a Luật
    assertEquals("Luật", read(document("vbpl-doc_000025")).typeName().value());
  }

  @Test
  void anInterMinistryCodeIsOneNumber() throws IOException {
    // "Thông tư liên tịch số 81/2005/TTLT-BNV-BTC ngày 10 tháng 8 năm 2005 của Bộ trưởng ..."
    DocumentMetadata m = read(document("congbao-thong-tu-so-10-2024-tt-bldtbxh-43067"));
    assertTrue(m.citations().stream().anyMatch(c -> c.number().equals("81/2005/TTLT-BNV-BTC")),
        m.citations().toString());
  }

  @Test
  void aPartyQuyDinhNumberedQdIsAQuyDinh() throws IOException {
    // "Số: 97-QĐ/TW" over the heading "QUY ĐỊNH": the heading names the type (Hướng dẫn 36-HD/VPTW)
    DocumentMetadata m = read(realSet("party/tw-97-qd"));
    assertEquals("97-QĐ/TW", m.number().value());
    assertEquals("Quy định", m.typeName().value());
  }

  @Test
  void theHeaderEndsAtThePlaceAndDateLine() throws IOException {
    // "TỈNH ỦY THỪA THIÊN HUẾ" ... "Thừa Thiên Huế, ngày 13 tháng 5 năm 2022", then a heading the text layer
    // garbled ("K ÉT LUẬN") and "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI)" in the title
    assertEquals("Tỉnh ủy Thừa Thiên Huế", read(realSet("party/tu-thua-thien-hue-445-kl")).issuer().value());
  }

  @Test
  void whatTheArticlesSayIsIssuedNamesNoIssuer() throws IOException {
    // the attached regulation's "Thường trực Hội đồng nhân dân ban hành thông báo ..." under the Standing Committee
    assertEquals("Ủy ban Thường vụ Quốc hội", read(document("vbpl-doc_000085")).issuer().value());
  }

  @Test
  void everyRealDocumentIsRead() throws IOException {
    // no real text makes the reader fail
    try (Stream<Path> files = Files.list(DOCUMENTS)) {
      List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).collect(Collectors.toList());
      for (Path t : texts) {
        read(Files.readString(t, StandardCharsets.UTF_8));
      }
      assertTrue(texts.size() >= 170);
    }
  }

  @Test
  void aFormsSignatureBlockInAnAppendixNamesNoSigner() throws IOException {
    // a resolution of the Ủy ban Thường vụ Quốc hội whose appendix holds model minutes: "TM. BAN KIỂM PHIẾU" /
    // "TRƯỞNG BAN" / "(ký, ghi rõ họ và tên)", then the next form's header "HỘI ĐỒNG NHÂN DÂN"
    DocumentMetadata m = read(realSet("documents/vbpl-doc_000085"));
    assertEquals("Trần Thanh Mẫn", m.signerName().value());
    assertEquals("TM. Ủy ban Thường vụ Quốc hội, Chủ tịch", m.signerTitle().value());
  }

  @Test
  void theSignatureFollowsTheMarkThatClosesTheTextThoughFormsRunOnAfterIt() throws IOException {
    // a gazette crawl without page breaks: "... điều chỉnh cho phù hợp./." / "BỘ TRƯỞNG" / "Nguyễn Chí Dũng", then
    // appendices and forms of some two thousand lines, whose blocks name no one
    for (String id : List.of("congbao-thong-tu-so-04-2023-tt-bkhdt-39703",
        "congbao-thong-tu-so-15-2022-tt-bkhdt-37532")) {
      DocumentMetadata m = read(document(id));
      assertEquals("Bộ trưởng", m.signerTitle().value(), id);
      assertEquals("Nguyễn Chí Dũng", m.signerName().value(), id);
    }
  }
}
