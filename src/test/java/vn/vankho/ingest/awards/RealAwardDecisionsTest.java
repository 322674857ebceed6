package vn.vankho.ingest.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The shapes of real award decisions, each read from a decision as its issuer published it
 * (src/test/resources/real-set/awards, README.md there names the sources).
 */
class RealAwardDecisionsTest {
  private static final AwardeeKind I = AwardeeKind.INDIVIDUAL;
  private static final AwardeeKind C = AwardeeKind.COLLECTIVE;

  private static String text(String id) {
    try (InputStream in = RealAwardDecisionsTest.class.getResourceAsStream("/real-set/awards/" + id + ".txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<ProposedAward> read(String id) {
    return AwardReader.read(List.of(text(id)));
  }

  /** Awardee to kind and form, in the order read. */
  private static Map<String, String> awards(List<ProposedAward> awards) {
    return awards.stream().collect(Collectors.toMap(ProposedAward::awardee, a -> a.kind() + " " + a.form(),
        (a, b) -> a + " | " + b, LinkedHashMap::new));
  }

  /** Awardees of one kind and form, as {@link #awards} gives them. */
  private static Map<String, String> same(AwardeeKind kind, String form, String... names) {
    Map<String, String> awards = new LinkedHashMap<>();
    Stream.of(names).forEach(name -> awards.put(name, kind + " " + form));
    return awards;
  }

  @Test
  void phongTangDanhHieuChoNumberedPeopleWithTheAchievementAfterTheList() {
    List<ProposedAward> awards = read("vbpl-hanoi-32083");

    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("Nguyễn Văn Hiếu", I + " Chiến sĩ thi đua toàn quốc");
    expected.put("Nguyễn Quang Trị", I + " Chiến sĩ thi đua toàn quốc");
    assertEquals(expected, awards(awards));
    assertEquals("Giám đốc Sở Văn hóa - Thông tin tỉnh Bến Tre", awards.get(1).unit(),
        "the achievement that follows the list is not where the last awardee works");
  }

  @Test
  void aCompanyNamedWithItsPlaceThenTheAchievement() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("Nhân dân và Cán bộ xã Yên Cư, huyện Chợ Mới, tỉnh Bắc Kạn", C + " Cờ thi đua của Chính phủ");
    expected.put("Nhân dân và Cán bộ phường Nguyễn Thị Minh Khai, thị xã Bắc Kạn, tỉnh Bắc Kạn",
        C + " Cờ thi đua của Chính phủ");
    expected.put("Công ty Cổ phần Tư vấn Xây dựng Bắc Kạn, tỉnh Bắc Kạn", C + " Cờ thi đua của Chính phủ");
    List<ProposedAward> awards = read("vbpl-tw-87280");

    assertEquals(expected, awards(awards));
    assertEquals("tỉnh Bắc Kạn", awards.get(2).place());
    assertTrue(awards.get(2).achievement().startsWith("Đã hoàn thành xuất sắc toàn diện nhiệm vụ công tác"),
        awards.get(2).achievement());
  }

  @Test
  void companiesWithTheirCorporationUnderATitleThatNamesAnotherForm() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("Công ty Vận tải Biển Việt Nam, Tổng Công ty Hàng hải Việt Nam", C + " Bằng khen của Thủ tướng Chính phủ");
    expected.put("Công ty Cổ phần vận tải Biển Bắc, Tổng Công ty Hàng Hải Việt Nam",
        C + " Bằng khen của Thủ tướng Chính phủ");

    List<ProposedAward> awards = read("vbpl-phuyen-85622");
    assertEquals(expected, awards(awards), "the article awards, not the title");
    assertEquals("Thủ tướng Chính phủ", awards.get(0).authority(), "the form names who gives it");
    assertEquals("government", awards.get(0).authorityLevel());
  }

  @Test
  void theListAttachedAfterTheSignatureGoesWithTheArticleThatCountsItsAwardees() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("Sở Nội vụ thành phố Đà Nẵng", C + " Cờ thi đua của Chính phủ");
    expected.put("Nhân dân và cán bộ xã Hòa Châu, huyện Hòa Vang, thành phố Đà Nẵng", C + " Cờ thi đua của Chính phủ");
    expected.put("Bệnh viện Mắt, Sở Y tế thành phố Đà Nẵng", C + " Cờ thi đua của Chính phủ");
    List<ProposedAward> awards = read("qd-722-ttg-2008");

    assertEquals(expected, awards(awards), "'cho 6 tập thể' counts the awardees, it names none");
    assertTrue(awards.get(0).achievement().startsWith("đã hoàn thành xuất sắc toàn diện nhiệm vụ công tác"),
        "an item without its own achievement has the article's: " + awards.get(0).achievement());
  }

  /**
   * The appendix of 722/QĐ-TTg as a table, the way the printed list is laid out ("TT | Tên tập thể") and a copy of
   * the page renders it, one row a line between bars; and the same for people, whose names carry no "Ông", "Bà".
   */
  @Test
  void theRowsOfAnAppendixTableAreItsAwardees() {
    String decision = text("qd-722-ttg-2008");
    int list = decision.indexOf("DANH SÁCH");
    String table = decision.substring(0, list) + decision.substring(list)
        .replaceFirst("\\n1\\. ", "\n| TT | Tên tập thể |\n1. ")
        .replaceAll("(?m)^(\\d+)\\. (.+);$", "| $1 | $2 |");
    assertTrue(table.contains("| 2 | Nhân dân và cán bộ xã Hòa Châu, huyện Hòa Vang, thành phố Đà Nẵng |"), table);
    assertEquals(awards(read("qd-722-ttg-2008")), awards(AwardReader.read(List.of(table))));

    String people = "Điều 1. Phong tặng danh hiệu Chiến sĩ thi đua toàn quốc cho 02 cá nhân (có danh sách kèm theo).\n"
        + "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nDANH SÁCH\n| TT | Họ và tên | Chức vụ, đơn vị công tác |\n"
        + "| 1 | Nguyễn Văn Hiếu | Giám đốc Sở Thủy sản tỉnh Bến Tre |\n"
        + "| 2 | Nguyễn Quang Trị | Giám đốc Sở Văn hóa - Thông tin tỉnh Bến Tre |";
    List<ProposedAward> read = AwardReader.read(List.of(people));
    assertEquals(awards(read("vbpl-hanoi-32083")), awards(read), "the header says the rows are people");
    assertEquals("Giám đốc Sở Thủy sản tỉnh Bến Tre", read.get(0).unit());
  }

  @Test
  void aFormInGluedWordsIsStillTheForm() {
    assertEquals(Map.of("Cục chính sách, Tổng cụcchính trị, Bộ Quốc phòng", C + " Cờ thi đua của Chính phủ"),
        awards(read("qd-1646-ttg-2007")), "\"Tặng Cờ thi đuacủa Chính phủ\"");
    String glued = text("vbpl-tw-87280").replace("Điều 1. Tặng", "Điều 1.Tặng").replace("Điều 2. ", "Điều 2.");
    assertTrue(glued.contains("Điều 1.Tặng thưởng"), glued);
    assertEquals(awards(read("vbpl-tw-87280")), awards(AwardReader.read(List.of(glued))), "\"Điều 1.Tặng\" glued");
  }

  @Test
  void aLenhWithoutArticlesAwardsInTheParagraphThatOpensWithTheVerb() {
    List<ProposedAward> awards = read("lenh-216-lct-1980");

    assertEquals(Map.of("Nguyễn Văn Ngũ", I + " Anh hùng Lao động"), awards(awards),
        "once, from the paragraph, not from the title in capitals; \"liệt sĩ\" is not part of the name");
    assertEquals("công nhân lái xe khách thuộc Công tyô-tô vận tải hành khách tỉnh Hải Hưng", awards.get(0).unit());
    assertTrue(awards.get(0).achievement().startsWith("đã có thành tích đặc biệt xuất sắc"), awards.get(0).achievement());
  }

  /**
   * A Lệnh's paragraph that names its awardee has no list under it: a line of it that a narrow page wraps to start with
   * a dash ("- công nhân lái xe ...") is not an item.
   */
  @Test
  void aLenhThatNamesItsAwardeeHasNoListUnderIt() {
    String wrapped = text("lenh-216-lct-1980").replace("Nguyễn Văn Ngũ, công nhân", "Nguyễn Văn Ngũ,\n- công nhân");
    assertTrue(wrapped.contains("\n- công nhân lái xe"), wrapped);
    assertEquals(Map.of("Nguyễn Văn Ngũ", I + " Anh hùng Lao động"), awards(AwardReader.read(List.of(wrapped))));
  }

  /**
   * A Lệnh whose paragraph counts its awardees in words ("cho hai đồng chí có tên dưới đây:") and lists them numbered,
   * each with a rank or title before the name; the form glued to "cho" ("Anh hùng lao độngcho").
   */
  @Test
  void aLenhThatCountsInWordsListsPeopleWithTheirRanks() {
    List<ProposedAward> awards = read("lenh-194-lct-1980");

    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("Lê-ô-nít Pô-pốp", I + " Anh hùng Lao động");
    expected.put("Va-lê-ri Ri-u-min", I + " Anh hùng Lao động");
    assertEquals(expected, awards(awards), "\"Trung tá\", \"Kỹ sư\" are not part of the name");
    assertEquals("nhàdu hành vũ trụ Liên Xô, người chỉ huy Tổ hợp Chào mừng 6 – Liên hợp 36", awards.get(0).unit());

    String unranked = text("lenh-194-lct-1980").replace("Trung tá ", "").replace("Kỹ sư ", "");
    assertEquals(awards(awards), awards(AwardReader.read(List.of(unranked))),
        "\"hai đồng chí\" says the items are people, whatever their first word");
  }

  /**
   * One paragraph "Tặng Cờ thi đua củaChính phủ cho Sở ..., đã hoànthành ...": the copy glued the form's words, and
   * the achievement's, so the form is the longer one found with the spaces left out, and the name ends at ", đã".
   */
  @Test
  void aFormAndAnAchievementInGluedWords() {
    List<ProposedAward> awards = read("qd-736-ttg-2008");

    assertEquals(Map.of("Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Phước", C + " Cờ thi đua của Chính phủ"),
        awards(awards));
    assertEquals("Chính phủ", awards.get(0).authority());
    assertTrue(awards.get(0).achievement().startsWith("đã hoànthành xuất sắc"), awards.get(0).achievement());
  }

  /** "Đà" is not "đã": a collective named after a place in Đà Nẵng keeps its name. */
  @Test
  void daWithoutItsTildeDoesNotEndAName() {
    String article = "Điều 1. Tặng Cờ thi đua của Chính phủ cho Bệnh viện Đà Nẵng, Sở Y tế thành phố Đà Nẵng, "
        + "đã hoàn thành xuất sắc toàn diện nhiệm vụ công tác.";
    assertEquals(Map.of("Bệnh viện Đà Nẵng, Sở Y tế thành phố Đà Nẵng", C + " Cờ thi đua của Chính phủ"),
        awards(AwardReader.read(List.of(article))));
  }

  /**
   * "Tặng thưởng Bằng khen ... cho:" followed by one unnumbered paragraph in which the awardee runs straight into
   * the achievement, and "Điều 1" without its period. The decision is in the fifth kept aside: this test was
   * written after its figures were recorded, and no rule was changed for it.
   */
  @Test
  void aSingleUnnumberedParagraphAfterChoNamesItsAwardeeUpToTheAchievement() {
    List<ProposedAward> awards = read("qd-345-ttg-2008");

    assertEquals(Map.of("Nhân dân và cán bộ thị xã Uông Bí, tỉnh Quảng Ninh", C + " Bằng khen của Thủ tướng Chính phủ"),
        awards(awards));
    assertEquals("thị xã Uông Bí, tỉnh Quảng Ninh", awards.get(0).place());
    assertTrue(awards.get(0).achievement().startsWith("đã hoàn thành xuất sắc toàn diện"), awards.get(0).achievement());
  }

  /**
   * A province's notice that quotes the decision's article without its "Điều 1" ("UBND tỉnh có Quyết định về Tặng Cờ
   * thi đua của Ủy ban nhân dân tỉnh cho 04 tập thể, ..., gồm:") and lists the awardees numbered, each name running
   * into its own achievement after a semicolon ("1. Văn phòng Huyện ủy Bắc Trà My; đã có thành tích ...").
   */
  @Test
  void aNoticeThatQuotesTheDecisionListsItsAwardees() {
    Map<String, String> expected = new LinkedHashMap<>();
    for (String name : List.of("Văn phòng Huyện ủy Bắc Trà My", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Bắc Trà My",
        "Ban Quản lý rừng phòng hộ huyện Bắc Trà My", "Hội Liên hiệp Phụ nữ huyện Bắc Trà My")) {
      expected.put(name, C + " Cờ thi đua");
    }
    List<ProposedAward> awards = read("tb-ubnd-quang-nam-co-thi-dua-bac-tra-my-2023");
    assertEquals(expected, awards(awards));
    assertTrue(awards.get(0).achievement().startsWith("đã có thành tích xuất sắc trong công tác, dẫn đầu phong trào thi đua Khối 01"),
        awards.get(0).achievement());
  }

  /**
   * Documents about awards that name no awardee in their text: lists left out of the copy ("cho 23 tập thể và 05
   * gia đình ... (có danh sách kèm theo)"), a decision on who signs award decisions ("- Tặng thưởng Huân chương
   * ..."), a decree that establishes a medal, a "Bằng Tổ quốc ghi công", a ranking whose lines mention "tặng bằng
   * khen", a Lệnh that publishes the resolution establishing a medal, a commune's decision that counts 1255 households
   * as "Gia đình văn hóa" with its list left out, a Sắc lệnh that establishes the Huân chương Lao động ("Nay đặt ra
   * ... để tặng thưởng những người ..."), a Pháp lệnh that defines the titles of artists, teachers and doctors, and a
   * decision that sets up the council for the titles of teachers and names its members ("Chủ tịch: Giáo sư Phạm Minh
   * Hạc, ..."), and (batch 4) a resolution of the Hội đồng Nhà nước that establishes a medal "để tặng thưởng cho những
   * quân nhân ...", one that amends the rules of the resistance awards ("thì truy tặng huân chương kháng chiến hạng
   * nhất"), the Sắc lệnh of 1948 that establishes the Huân chương Kháng chiến, and a province's rules for awarding a
   * title; and (batch 6) a newspaper's report of a council that proposes awards ("thống nhất đề nghị: tặng bằng khen
   * của Thủ tướng Chính phủ cho 5 tập thể và 44 cá nhân"). No fragment of them is an awardee.
   */
  @ParameterizedTest
  @ValueSource(strings = {"qd-263-ttg-2011", "qd-512-ttg-2008", "qd-42-ttg-2008", "qd-12-hdnn8-1987",
      "nd-18-cp-1960", "qd-984-ttg-2008", "qd-tldld-dn-vi-nguoi-lao-dong-2017", "lenh-5-lct-1977",
      "qd-ubnd-xa-quang-thai-gdvh-2020", "sl-65b-1950", "pl-16-lct-hdnn7-1985", "qd-341-ct-1987",
      "nq-572-hdnn7-1984", "nq-384-hdnn7-1983", "sl-216-1948", "qd-11-2024-ubnd-dong-thap",
      "tin-baodongkhoi-hoi-dong-de-nghi-khen-thuong-2018", "qd-262-ttg-2011"})
  void aDocumentThatNamesNoAwardeeYieldsNone(String id) {
    assertEquals(List.of(), read(id));
  }

  /**
   * A model decision in a circular (Thông tư 118/2025/TT-BTC, Mẫu số 1.13): "Công nhận hiệu quả ... sáng kiến ...,
   * đề đề nghị danh hiệu Chiến sĩ thi đua" names a form far from its verb, as what the initiatives may lead to; its
   * list "1. Họ và tên các đồng tác giả:" names no awardee.
   */
  @Test
  void aFormNamedFarFromTheVerbIsNotAwarded() {
    assertEquals(List.of(), read("other/tt-118-2025-btc-mau-1-13"));
  }

  /**
   * A newspaper quoting a decision of the Chủ tịch nước spells out its awards in one sentence led by "Cụ thể,", one clause
   * a class of the medal, each clause's awardees run together with semicolons and a last "và" ("cho Liên hiệp ...; Liên
   * hiệp ...; Liên hiệp các Hội Văn học - Nghệ thuật thành phố và Hội Khuyến học thành phố; tặng ... hạng Ba cho ...").
   */
  @Test
  void aReportSpellsOutTheDecisionClauseByClause() {
    Map<String, String> expected = new LinkedHashMap<>();
    String medal = " Huân chương Lao động";
    expected.put("Huỳnh Nghĩa", I + medal);
    for (String unit : List.of("Liên hiệp các Tổ chức hữu nghị thành phố", "Liên hiệp các Hội Khoa học và Kỹ thuật thành phố",
        "Liên hiệp các Hội Văn học - Nghệ thuật thành phố", "Hội Khuyến học thành phố",
        "Văn phòng Đoàn Đại biểu Quốc hội và HĐND thành phố", "Hội Nhà báo thành phố")) {
      expected.put(unit, C + medal);
    }
    expected.put("Đỗ Thị Kim Lĩnh", I + medal);
    expected.put("Phạm Hùng Chiến", I + medal);
    List<ProposedAward> awards = read("tin-baodanang-2234-ctn-huan-chuong-lao-dong-2014");
    assertEquals(expected, awards(awards), "the sentence that counts them (\"cho 6 tập thể và 3 cá nhân\") names none");
    assertEquals("Giám đốc Sở Y tế thành phố", awards.get(8).unit());
  }

  /**
   * The decisions of the Chủ tịch nước quoted one after another in a sentence ("Quyết định số 689/QĐ-CTN phong tặng ...
   * cho Nhà máy Z131 ... vì đã có thành tích ...; Quyết định số 690/QĐ-CTN phong tặng ..."), and a passive that names
   * the decision and announces its list ("được phong tặng danh hiệu Anh hùng Lao động theo Quyết định số 689/QĐ-CTN gồm
   * A; B; C;"); the headline's "các quyết định phong tặng các danh hiệu anh hùng cho các đơn vị" names no form.
   */
  @Test
  void decisionsQuotedInOneSentenceAndAPassiveThatAnnouncesItsList() {
    String hero = C + " Anh hùng Lao động";
    Map<String, String> expected = new LinkedHashMap<>(Map.of("Nhà máy Z131 thuộc Tổng cục Công nghiệp Quốc phòng", hero));
    expected.put("Cục 11 thuộc Tổng cục II, Bộ Quốc phòng", C + " Anh hùng Lực lượng vũ trang nhân dân");
    Stream.of("Nhân dân và cán bộ xã Vĩnh Thủy, huyện Vĩnh Linh, tỉnh Quảng Trị",
        "Công ty Trách nhiệm hữu hạn một thành viên Kỹ nghệ súc sản, Tổng Công ty Thương mại Sài Gòn, Thành phố Hồ Chí Minh",
        "Tổng Công ty Bảo đảm an toàn Hàng hải miền Nam (trước đây là Công ty trách nhiệm hữu hạn một thành viên "
            + "Bảo đảm an toàn Hàng hải miền Nam), Bộ Giao thông Vận tải").forEach(name -> expected.put(name, hero));
    assertEquals(expected, awards(read("tin-vietnamplus-689-690-ctn-anh-hung-2012")));
  }

  /**
   * A portal's report of a province's decision: "tặng Danh hiệu Tập thể Lao động xuất sắc cho 07 tập thể, đó là: A; B;
   * ...", then a passive that counts whom it lists and sets them off by commas only, each repeating the words its name
   * starts with ("02 tập thể ... cũng được tặng Bằng khen của Chủ tịch UBND tỉnh là Nhân dân và cán bộ xã Châu Hóa,
   * Nhân dân và cán bộ xã Văn Hóa (huyện Tuyên Hóa)").
   */
  @Test
  void aCountedListAfterDoLaAndAPassiveThatCountsItsList() {
    List<ProposedAward> awards = read("tin-quangbinh-1632-ubnd-tap-the-lao-dong-xuat-sac-2020");
    assertEquals(9, awards.size(), awards(awards).toString());
    assertEquals("Nhân dân và cán bộ xã Hải Ninh (huyện Quảng Ninh)", awards.get(6).awardee());
    assertEquals("Tập thể lao động xuất sắc", awards.get(6).form());
    assertEquals(List.of("Nhân dân và cán bộ xã Châu Hóa", "Nhân dân và cán bộ xã Văn Hóa (huyện Tuyên Hóa)"),
        awards.subList(7, 9).stream().map(ProposedAward::awardee).toList());
    assertTrue(awards.subList(7, 9).stream().allMatch(a -> a.form().equals("Bằng khen")), awards(awards).toString());
  }

  /**
   * A report whose headline opens with the verb names who the awards are for in lower case ("Tặng Bằng khen của Thủ
   * tướng Chính phủ cho kiều bào có thành tích ..."): no awardee; its body's lists numbered "1- ", "2- " inline are.
   */
  @Test
  void wordsInLowerCaseAfterChoAreNoName() {
    List<ProposedAward> awards = read("tin-hoichieusang-1820-ttg-kieu-bao-2021");
    assertTrue(awards.stream().noneMatch(a -> a.awardee().startsWith("kiều bào")), awards(awards).toString());
    assertEquals(11, awards.size(), awards(awards).toString());
    assertEquals("Tổ chức Khoa học và Chuyên gia Việt Nam toàn cầu (AVSE Global)", awards.get(6).awardee());
    assertEquals(I, awards.get(10).kind());
  }

  /**
   * A report that leaves the Bằng khen bare ("7 cá nhân được tặng Bằng khen gồm: Bà ..., Hiệu trưởng ...; ...") under
   * a headline that says the Thủ tướng gives it: the Bằng khen của Thủ tướng Chính phủ (award-givers.txt).
   */
  @Test
  void aBareBangKhenTheTitleSaysThePrimeMinisterGivesIsHis() {
    List<ProposedAward> awards = read("tin-huengaynay-bang-khen-ttg-nha-giao-2025");
    assertEquals(9, awards.size(), awards(awards).toString());
    assertTrue(awards.stream().allMatch(a -> a.form().equals("Bằng khen của Thủ tướng Chính phủ")),
        awards(awards).toString());
    assertTrue(awards.subList(2, 9).stream().allMatch(a -> a.kind() == I), awards(awards).toString());
    assertEquals("Nguyễn Đức Hải", awards.get(8).awardee());
  }

  /**
   * A passive that names no form ("2 tập thể được khen thưởng gồm A và B. Đây là những đơn vị ...") under a headline
   * that does ("Thủ tướng Chính phủ tặng Bằng khen cho 2 trường học và 7 nhà giáo"): the headline's form; the list ends
   * with its sentence. The sentence before it, "Trường ... là tập thể được Thủ tướng Chính phủ tặng Bằng khen.", lists
   * no one.
   */
  @Test
  void aPassiveWithoutAFormTakesTheHeadlines() {
    List<ProposedAward> awards = read("tin-huengaynay-bang-khen-ttg-nha-giao-2025");
    assertEquals(List.of("Trường Tiểu học Lý Thường Kiệt (phường Thuận Hóa)", "Trường Trung học cơ sở Đặng Dung (xã Quảng Điền)"),
        awards.subList(0, 2).stream().map(ProposedAward::awardee).toList());
    assertTrue(awards.subList(0, 2).stream().allMatch(a -> a.kind() == C), awards(awards).toString());
  }

  /**
   * A ministry's decision as its database prints it, number and signature above the title ("873/QĐ-BVHTTDL", "KTBT, TT
   * Lê Khánh Hải Theo BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH -"): "Điều 1. Tặng "Cờ Thi đua của Bộ" cho:" and a numbered list.
   */
  @Test
  void aMinistrysFlagToANumberedListUnderItsDatabasesHeader() {
    assertEquals(same(C, "Cờ thi đua", "Phòng Văn hóa và Thông tin Quận 1, Thành phố Hồ Chí Minh",
        "Trung tâm Văn hóa Quận 10, Thành phố Hồ Chí Minh", "Trung tâm Văn hóa - Thể thao Quận 1, Thành phố Hồ Chí Minh"),
        awards(read("qd-873-bvhttdl-2015")));
  }

  /**
   * A report whose passives name the kind of their awardees without counting them ("Tập thể được tặng Bằng khen là A
   * và B.", "Các cá nhân được tặng Bằng khen là Trung tá X, ...; Đại úy Y, ... và Thượng úy Z, ..."); the rank is no part
   * of the name; a proposal for a Huân chương ("Tờ trình đề nghị Chủ tịch nước tặng ... cho Công an tỉnh Hải Dương")
   * awards no one.
   */
  @Test
  void passivesWhoseSubjectIsTheKindOfTheirAwardees() {
    Map<String, String> expected = same(C, "Bằng khen của Thủ tướng Chính phủ", "Công an thành phố Chí Linh",
        "Phòng Cảnh sát giao thông thuộc Công an tỉnh Hải Dương");
    expected.putAll(same(I, "Bằng khen của Thủ tướng Chính phủ", "Nguyễn Văn Hải", "Phạm Thị Hòa", "Lê Thị Hòa"));
    assertEquals(expected, awards(read("tin-dantri-ttg-bang-khen-cong-an-hai-duong-2021")));
  }

  /**
   * "được nhận" reads as "được tặng": "Hậu Giang có 4 vận động viên được nhận Bằng khen của Thủ tướng Chính phủ gồm: A
   * (môn điền kinh), B (môn judo), C và D (môn bi sắt)." The list set off by commas, its last two joined by "và", makes
   * the four it counts; the athletes named after it as taking part are no awardees.
   */
  @Test
  void receivedInThePassiveAndACommaListThatMakesItsCount() {
    List<ProposedAward> awards = read("tin-baohaugiang-651-ttg-sea-games-31-2022");
    assertEquals(List.of("Phạm Thị Diểm", "Nguyễn Tường Vy", "Trần Lê Lan Anh", "Thái Thị Hồng Thoa"),
        awards.stream().map(ProposedAward::awardee).toList());
    assertTrue(awards.stream().allMatch(a -> a.kind() == I && a.form().equals("Bằng khen của Thủ tướng Chính phủ")),
        awards(awards).toString());
  }

  /**
   * A passive that names who gives between "được" and the verb, its list announced by a colon and numbered inline with
   * the numbers glued to the names ("5 tập thể được Thủ tướng Chính phủ tặng Bằng khen: 1.Ủy ban ...; 2.Đài ..."), a
   * person's title after a spaced dash ("1.Ông Nguyễn Xuân Sơn - nguyên Phó Bí thư ...", "4. Thiếu tướng Phạm Thế Tùng
   * - ...").
   */
  @Test
  void aPassiveWithItsGiverAndAColonListWithDashedTitles() {
    List<ProposedAward> awards = read("tin-nghean24h-ttg-bang-khen-bau-cu-2021");
    assertEquals(10, awards.size(), awards(awards).toString());
    assertEquals("Phòng Xây dựng chính quyền và công tác thanh niên, Sở Nội vụ", awards.get(4).awardee());
    assertEquals(List.of("Nguyễn Xuân Sơn", "Nguyễn Đức Trung", "Nguyễn Thị Thu Hường", "Phạm Thế Tùng", "Dương Đình Chỉnh"),
        awards.subList(5, 10).stream().map(ProposedAward::awardee).toList());
    assertTrue(awards.get(5).unit().startsWith("nguyên Phó Bí thư Thường trực Tỉnh ủy"), awards.get(5).unit());
    assertTrue(awards.stream().allMatch(a -> a.form().equals("Bằng khen của Thủ tướng Chính phủ")), awards(awards).toString());
  }

  /**
   * The same report wrapped as a page prints it: the inline list runs over lines, and a line may start with an item's
   * number ("3.Nhân dân và cán bộ thành phố Vinh; 4. ..."); it is still the list of the sentence above, not a new item.
   */
  @Test
  void anInlineListWrappedOverLinesStaysOneList() {
    String text = text("tin-nghean24h-ttg-bang-khen-bau-cu-2021").strip();
    StringBuilder wrapped = new StringBuilder();
    int column = 0;
    for (String word : text.split(" ")) {
      if (column > 0 && column + word.length() > 70) {
        wrapped.append('\n');
        column = 0;
      } else if (column > 0) {
        wrapped.append(' ');
        column++;
      }
      wrapped.append(word);
      column += word.length();
    }
    assertTrue(wrapped.toString().contains("\n3.Nhân dân"), wrapped.toString());
    assertEquals(awards(read("tin-nghean24h-ttg-bang-khen-bau-cu-2021")), awards(AwardReader.read(List.of(wrapped.toString()))));
  }

  /**
   * A list whose bullets the copy lost, one awardee a line after "Cụ thể:", each a delegation named with its mission
   * ("Đoàn công tác cán bộ y tế tỉnh Hòa Bình tham gia hỗ trợ phòng, chống dịch Covid-19 tại huyện Chương Mỹ."),
   * counted before ("tặng Bằng khen cho 18 đoàn cán bộ y tế ..."): each line one collective, its commas its own.
   */
  @Test
  void oneAwardeeALineAfterCuTheWhenTheBulletsAreLost() {
    List<ProposedAward> awards = read("tin-tuyengiao-4272-ubnd-ha-noi-doan-y-te-2021");
    assertEquals(9, awards.size(), awards(awards).toString());
    assertEquals("Đoàn công tác cán bộ y tế tỉnh Hòa Bình tham gia hỗ trợ phòng, chống dịch Covid-19 tại huyện Chương Mỹ",
        awards.get(3).awardee());
    assertTrue(awards.stream().allMatch(a -> a.kind() == C && a.form().equals("Bằng khen")), awards(awards).toString());
  }

  /**
   * A report that quotes "Quyết định tặng Bằng khen, tặng thưởng cho ông Dương Hải Cường, trú tại ..." (the money that
   * comes with the Bằng khen is a second verb of the same clause, without a form of its own) and names him again in a
   * caption ("Quyết định tặng Bằng khen cho ông Dương Hải Cường của Thủ tướng Chính phủ."): one award, his name without
   * who gives it.
   */
  @Test
  void anAwardeeNamedAgainInACaptionIsOneAward() {
    assertEquals(same(I, "Bằng khen của Thủ tướng Chính phủ", "Dương Hải Cường"),
        awards(read("tin-dantri-ttg-bang-khen-cuu-nguoi-ha-tinh-2018")));
  }

  /**
   * A report that spells the decision out ("Theo đó, ...") with the awardees as the subjects of passives, one clause
   * for each class: "GS.TS Thái Văn Thành - Giám đốc Sở ... được trao tặng Huân chương Lao động hạng Nhì; Các đồng chí
   * A - ...; B - ... và đồng chí C - ... được trao tặng Huân chương Lao động hạng Ba." The ceremony's "đã trao tặng ...
   * cho 4 cá nhân" names no one.
   */
  @Test
  void awardeesAsTheSubjectsOfPassivesInASentenceThatSpellsTheDecisionOut() {
    List<ProposedAward> awards = read("tin-kinhtenet-ctn-huan-chuong-lao-dong-nghe-an-2022");
    assertEquals(List.of("Thái Văn Thành", "Ngọc Kim Nam", "Phạm Văn Hoá", "Vương Quang Minh"),
        awards.stream().map(ProposedAward::awardee).toList());
    assertTrue(awards.stream().allMatch(a -> a.kind() == I && a.form().equals("Huân chương Lao động")),
        awards(awards).toString());
    assertEquals("Ủy viên Ban Thường vụ Tỉnh uỷ, Trưởng ban Dân vận Tỉnh uỷ", awards.get(1).unit());
  }

  /**
   * A report that counts the awardees in the sentence that quotes the decision ("... phong tặng danh hiệu Anh hùng lực
   * lượng vũ trang nhân dân cho 13 đơn vị, địa phương vì ...") and lists them in the next paragraph, which opens with
   * them again ("Các đơn vị, địa phương này gồm: A, B, ..."), set off by commas only, the first three repeating their
   * first words ("Nhân dân và LLVT nhân dân TX Bắc Ninh (tỉnh Bắc Ninh), Nhân dân và LLVT nhân dân khu Đông sông Đà
   * (Đà Nẵng), ...").
   */
  @Test
  void aListInTheNextParagraphThatRecallsTheAwardeesTheDecisionCounted() {
    List<ProposedAward> awards = read("tin-tienphong-205-ctn-anh-hung-llvt-2005");
    assertEquals(List.of("Nhân dân và LLVT nhân dân TX Bắc Ninh (tỉnh Bắc Ninh)", "Nhân dân và LLVT nhân dân khu Đông sông Đà (Đà Nẵng)",
        "Nhân dân và LLVT nhân dân Chợ Lách (Bến Tre)", "Viện Quân y 110", "Trường Quân chính (QK3)",
        "Viện Sốt rét – Ký sinh trùng TW", "Cty May 10 (Tổng Cty Dệt may VN)", "TTXVN", "Sở Y tế tỉnh Quảng Nam",
        "Học viện Hải quân", "Cục Quân y", "Cục Xăng dầu (Bộ QP)", "Kho khí tài hoá học (Bộ QP)"),
        awards.stream().map(ProposedAward::awardee).toList());
    assertTrue(awards.stream().allMatch(a -> a.kind() == C && a.form().equals("Anh hùng Lực lượng vũ trang nhân dân")),
        awards(awards).toString());
  }

  /**
   * A name of one word in that list is the body's own abbreviation ("TTXVN", capitals that spell no syllable); the
   * abbreviation of a kind of body ("UBND") or one syllable in capitals ("CỤC") alone names no one.
   */
  @Test
  void aBodysOwnAbbreviationIsANameAndAKindOfBodysIsNot() {
    String text = text("tin-tienphong-205-ctn-anh-hung-llvt-2005");
    assertTrue(awards(read("tin-tienphong-205-ctn-anh-hung-llvt-2005")).containsKey("TTXVN"));
    for (String fragment : List.of("UBND", "CỤC")) {
      Map<String, String> read = awards(AwardReader.read(List.of(text.replace(", TTXVN,", ", " + fragment + ","))));
      assertEquals(12, read.size(), read.toString());
      assertFalse(read.containsKey(fragment), read.toString());
    }
  }

  /**
   * The same shape with the paragraph's own number ("Tỉnh Quảng Trị có 3 giáo viên được tặng bằng khen dịp này." then
   * "3 giáo viên gồm cô giáo A, Trường ...; cô giáo B, ...; thầy giáo C, ..."): teachers named with "cô giáo" and "thầy
   * giáo", which are no part of the name; the Bằng khen is the minister's, not the Thủ tướng's.
   */
  @Test
  void teachersCountedAgainByTheirNumberInTheParagraphThatListsThem() {
    assertEquals(same(I, "Bằng khen", "Trần Thị Bích Lựu", "Nguyễn Thúy Duyên", "Lê Đức Anh"),
        awards(read("tin-xanhx-bgddt-bang-khen-nha-giao-quang-tri-2023")));
    // as the poor scan reads it, "gồm" with a slip of its mark
    String scanned = text("tin-xanhx-bgddt-bang-khen-nha-giao-quang-tri-2023").replace("3 giáo viên gồm", "3 giáo viên gôm");
    assertEquals(awards(read("tin-xanhx-bgddt-bang-khen-nha-giao-quang-tri-2023")), awards(AwardReader.read(List.of(scanned))));
  }

  /**
   * A report that spells each decision out in a sentence led by it, the awardees the subject of a passive: "Theo Quyết
   * định số 2364/QĐ-CTN, Liệt sỹ, Đại úy Vũ Quang Chương, nguyên Chỉ huy trưởng ..., được truy tặng danh hiệu ..."
   * (two forms of address before the name, one set off by a comma) and "Theo Quyết định số 2365/QĐ-CTN, Tổng Công ty
   * Xây dựng Lũng Lô và Chuẩn đô đốc Nguyễn Đăng Nghiêm, Tổng Giám đốc ..., được phong tặng danh hiệu Anh hùng Lao
   * động." The "tặng" of "được truy tặng" is the passive's, not a verb of its own.
   */
  @Test
  void passivesWhoseSubjectsNameTheAwardeesAfterTheDecisionThatLeadsTheSentence() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("Vũ Quang Chương", I + " Anh hùng Lực lượng vũ trang nhân dân");
    expected.put("Tổng Công ty Xây dựng Lũng Lô", C + " Anh hùng Lao động");
    expected.put("Nguyễn Đăng Nghiêm", I + " Anh hùng Lao động");
    Map<String, String> read = awards(read("tin-cuuchienbinh-2363-2365-ctn-anh-hung-2013"));
    assertEquals(10, read.size(), read.toString());
    expected.forEach((name, award) -> assertEquals(award, read.get(name), read.toString()));
    assertEquals(C + " Anh hùng Lực lượng vũ trang nhân dân", read.get("Binh chủng Công binh"));
  }

  /**
   * Two people joined by "và", the second named with a former title ("cho Bác sĩ Trịnh Hữu Nhẫn và nguyên điều dưỡng
   * Trần Thị Phương Hằng"): two awards, neither with the other's name nor the title.
   */
  @Test
  void aSecondPersonWithAFormerTitleAfterVa() {
    assertEquals(same(I, "Huân chương Lao động", "Trịnh Hữu Nhẫn", "Trần Thị Phương Hằng"),
        awards(read("tin-toquoc-ctn-truy-tang-huan-chuong-lao-dong-y-te")));
  }

  /**
   * A consultation on proposals, spelled out after "Theo đó," ("đề nghị truy tặng danh hiệu ... cho bà Huỳnh Thị Sáu";
   * "Đề nghị tặng Huân chương Lao động hạng Ba cho bà ..."): the "tặng" of the proposal's "truy tặng" is no verb of its
   * own, and no one is awarded.
   */
  @Test
  void aProposalsTwoWordVerbIsNotReadAgainAsTheDecisionsTang() {
    assertEquals(Map.of(), awards(read("tin-binhduong-lay-y-kien-de-nghi-khen-thuong-2025")));
  }

  /**
   * A recalled list cut short of its count ("cho năm cá nhân ..." then "Các cá nhân gồm:" and one person a line, no
   * bullets, each with a rank: "Thượng tướng Hoàng Minh Thảo (Tạ Thái An), nguyên tư lệnh ...", "Liệt sĩ Nguyễn Lương
   * Định, ..."): the lines below are its awardees, their ranks and aliases no part of the name.
   */
  @Test
  void aRecalledListGoesOnOneAwardeeALine() {
    Map<String, String> read = awards(read("tin-tuoitre-ctn-truy-tang-anh-hung-llvt-2023"));
    assertEquals(same(I, "Anh hùng Lực lượng vũ trang nhân dân", "Hoàng Minh Thảo", "Vũ Lăng", "Đặng Vũ Hiệp",
        "Bùi Văn Tùng", "Nguyễn Lương Định", "Đặng Quân Thụy", "Đặng Kinh"), read);
  }

  /**
   * The same report's second list: a passive whose subject ends on a count, its verbs joined by "và" ("... còn có 2 cá
   * nhân được phong và truy tặng danh hiệu ..."), then the next paragraph spells them out after "Cụ thể gồm" ("Cụ thể
   * gồm trung tướng Đặng Quân Thụy - nguyên ..."), the second on the line below. The counting sentence alone names no
   * one: none of its words ("Trao đổi với Tuổi Trẻ Online, ...") is an awardee.
   */
  @Test
  void aPassiveThatCountsAndTheListSpelledOutAfterCuTheGom() {
    String text = text("tin-tuoitre-ctn-truy-tang-anh-hung-llvt-2023");
    Map<String, String> read = awards(read("tin-tuoitre-ctn-truy-tang-anh-hung-llvt-2023"));
    assertEquals(List.of("Đặng Quân Thụy", "Đặng Kinh"), List.copyOf(read.keySet()).subList(5, 7));
    assertEquals(read, awards(AwardReader.read(List.of(text.replace("Cụ thể gồm trung tướng", "Cụ thể là trung tướng")))));
    String counted = text.substring(0, text.indexOf("Cụ thể gồm"));
    assertEquals(5, awards(AwardReader.read(List.of(counted))).size(), awards(AwardReader.read(List.of(counted))).toString());
  }

  /**
   * A report of a ceremony whose passive says after "cho" whom the title was for and counts them without a number
   * ("huyện Đô Lương được Chủ tịch nước truy tặng danh hiệu ... cho các Bà mẹ: Đặng Thị Lý quê ở xã Ngọc Sơn, Nguyễn Thị
   * Xin quê ở xã Trung Sơn, ... và Nguyễn Thị Dừa quê ở xã Đông Sơn."): the district is where it was given, the mothers,
   * set off by commas only, are the awardees, each name ending where the words in lower case begin.
   */
  @Test
  void aPassiveThatCountsItsMothersAfterChoAndListsThemByCommas() {
    String id = "tin-baonghean-do-luong-ba-me-viet-nam-anh-hung";
    List<ProposedAward> awards = read(id);
    assertEquals(same(I, "Bà mẹ Việt Nam anh hùng", "Đặng Thị Lý", "Nguyễn Thị Xin", "Thái Thị Dương", "Nguyễn Thị Dừa"),
        awards(awards));
    assertEquals("xã Ngọc Sơn", awards.get(0).place());
    // one mother, in an older text's spelling: its "thị" in lower case is still part of the name
    String one = text(id).replaceFirst("Đặng Thị Lý .* Đông Sơn\\.", "Nguyễn thị Xin quê ở xã Trung Sơn.");
    assertEquals(same(I, "Bà mẹ Việt Nam anh hùng", "Nguyễn thị Xin"), awards(AwardReader.read(List.of(one))));
    // a comma that sets off what a person is opens no name: the list is not split into what it says of them
    String described = text(id).replace("Đặng Thị Lý quê ở xã Ngọc Sơn, Nguyễn", "Đặng Thị Lý, quê ở xã Ngọc Sơn, Nguyễn");
    Map<String, String> read = awards(AwardReader.read(List.of(described)));
    assertTrue(read.keySet().stream().noneMatch(name -> name.contains("quê")), read.toString());
  }

  /** "đối với" where a decision writes "cho": "truy tặng danh hiệu '...' đối với Trung tướng Đồng Sỹ Nguyên, nguyên ...". */
  @Test
  void doiVoiIntroducesTheAwardeeAsChoDoes() {
    assertEquals(same(I, "Anh hùng Lực lượng vũ trang nhân dân", "Đồng Sỹ Nguyên"),
        awards(read("tin-baomoi-934-ctn-truy-tang-anh-hung-llvt-2024")));
  }

  /**
   * The comma list of the same report wrapped as a page prints it, a line breaking before a number that ends a name
   * ("..., Viện Quân y" / "110, Trường Quân chính (QK3), ..."): the line is the list going on, not an item numbered 110.
   */
  @Test
  void aLineOpeningWithTheNumberThatEndsANameGoesOnTheList() {
    String text = text("tin-tienphong-205-ctn-anh-hung-llvt-2005");
    String wrapped = text.replace("Viện Quân y 110, ", "Viện Quân y\n110, ");
    assertTrue(wrapped.contains("\n110, Trường"), wrapped);
    assertEquals(awards(read("tin-tienphong-205-ctn-anh-hung-llvt-2005")), awards(AwardReader.read(List.of(wrapped))));
  }

  /**
   * A passive that names no form ("Các tập thể được khen thưởng gồm: A; B; ...") in a report whose headline names
   * none takes the form of the last paragraph before it that names one ("Chủ tịch TP tặng Bằng khen cho 5 tập thể, 7 cá
   * nhân ..."); the Party secretary's "Thư khen" after it is no award.
   */
  @Test
  void aPassiveWithoutAFormTakesTheFormNamedBeforeIt() {
    assertEquals(same(C, "Bằng khen", "Đội Cảnh sát điều tra tội phạm về trật tự xã hội, Công an quận Đống Đa",
        "Công an phường Láng Hạ, quận Đổng Đa", "Đội Điều tra trọng án, Phòng Cảnh sát hình sự, Công an Thành phố",
        "Đội Phòng ngừa đấu tranh chống tội phạm cướp, cướp giật tài sản, Phòng Cảnh sát hình sự, Công an Thành phố",
        "Công an huyện Quốc Oai"), awards(read("tin-vov-ubnd-ha-noi-bang-khen-pha-an-bidv-2020")));
  }

  /**
   * A unit's name as a poor scan reads it, its first word split ("I.ữ đoàn Trinh sát Đặc nhiệm 74, Tổng cục I!" for "Lữ
   * đoàn ...", or "I u đoàn"): no awardee, where the others of the list still are.
   */
  @Test
  void aNameOpeningWithTwoOneLetterWordsIsAScanSpeck() {
    for (String misread : List.of("I u đoàn", "I.ữ đoàn")) {
      String scanned = text("tin-cuuchienbinh-2363-2365-ctn-anh-hung-2013").replace("gồm Lữ đoàn", "gồm " + misread);
      Map<String, String> read = awards(AwardReader.read(List.of(scanned)));
      assertEquals(9, read.size(), read.toString());
      assertTrue(read.keySet().stream().noneMatch(name -> name.contains("đoàn Trinh sát")), read.toString());
    }
  }

  /**
   * The same list wrapped as a page prints it, a line opening with a unit's "Phòng" ("..., cướp giật tài sản," /
   * "Phòng Cảnh sát hình sự, Công an Thành phố; ..."): its marks say it is no verb "Phong", so the line goes on the list.
   */
  @Test
  void aWrappedLineOpeningWithPhongIsNoVerb() {
    String text = text("tin-vov-ubnd-ha-noi-bang-khen-pha-an-bidv-2020");
    String wrapped = text.replace("cướp giật tài sản, Phòng Cảnh sát", "cướp giật tài sản,\nPhòng Cảnh sát");
    assertTrue(wrapped.contains(",\nPhòng Cảnh sát"), wrapped);
    assertEquals(awards(read("tin-vov-ubnd-ha-noi-bang-khen-pha-an-bidv-2020")), awards(AwardReader.read(List.of(wrapped))));
  }
}
