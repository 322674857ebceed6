package vn.vankho.ingest.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.vankho.ingest.ocr.OcrEngine;
import vn.vankho.ingest.ocr.SamplePages;
import vn.vankho.testing.TestOcr;
import vn.vankho.text.Diacritics;

/** Reading the awardees, forms and campaigns of award decisions, typed and scanned. */
class AwardReaderTest {
  private static final AwardeeKind I = AwardeeKind.INDIVIDUAL;
  private static final AwardeeKind C = AwardeeKind.COLLECTIVE;
  private static final AwardeeKind H = AwardeeKind.HOUSEHOLD;

  private static String decision(String name) {
    try (InputStream in = AwardReaderTest.class.getResourceAsStream("/eval/docs/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, AwardeeKind> kinds(List<ProposedAward> awards) {
    return awards.stream().collect(Collectors.toMap(ProposedAward::awardee, ProposedAward::kind, (a, b) -> a,
        LinkedHashMap::new));
  }

  private static ProposedAward to(List<ProposedAward> awards, String awardee) {
    return awards.stream().filter(a -> a.awardee().equals(awardee)).findFirst()
        .orElseThrow(() -> new AssertionError(awardee + " not among " + kinds(awards).keySet()));
  }

  @Test
  void theProvincialChairsCertificatesGoToCollectivesIndividualsAndAHousehold() {
    List<ProposedAward> awards = AwardReader.read(List.of(decision("qd-512-ubnd-2025.txt")));

    Map<String, AwardeeKind> expected = new LinkedHashMap<>();
    expected.put("Ka Thị Huệ", I);
    expected.put("Cil Mup", I);
    expected.put("Nguyễn Văn Thắng", I);
    expected.put("Trần Thị Mai Anh", I);
    expected.put("Đoàn Thanh niên xã Rô Men, huyện Đam Rông", C);
    expected.put("Hội Cựu chiến binh xã Đạ M'Rông, huyện Đam Rông", C);
    expected.put("Hội Liên hiệp Phụ nữ xã Lát, huyện Lạc Dương", C);
    expected.put("Hộ gia đình ông Lơ Mu Ha Thanh", H);
    assertEquals(expected, kinds(awards));
    assertTrue(awards.stream().allMatch(a -> a.form().equals("Bằng khen")
        && "Chủ tịch Ủy ban nhân dân tỉnh".equals(a.authority()) && "Người tốt, việc tốt".equals(a.campaign())
        && a.page() == 1), awards.toString());

    ProposedAward hue = to(awards, "Ka Thị Huệ");
    assertEquals(Set.of("ethnic-minority", "farmer", "grassroots"), hue.attributes());
    assertEquals("hiến 1.200 m2 đất làm đường giao thông nông thôn", hue.achievement());
    assertEquals("dân tộc Cơ Ho, nông dân thôn Đạ Nhinh, xã Đạ Tông, huyện Đam Rông", hue.unit());
    assertEquals("thôn Đạ Nhinh, xã Đạ Tông, huyện Đam Rông", hue.place());
    assertEquals("", to(awards, "Hội Liên hiệp Phụ nữ xã Lát, huyện Lạc Dương").unit(), "a collective is a unit");
    assertEquals("xã Lát, huyện Lạc Dương", to(awards, "Hội Liên hiệp Phụ nữ xã Lát, huyện Lạc Dương").place());
    assertEquals("thành phố Bảo Lộc", to(awards, "Nguyễn Văn Thắng").place());
    assertEquals("huyện Đam Rông", to(awards, "Trần Thị Mai Anh").place());
    assertTrue(awards.stream().allMatch(a -> "province".equals(a.authorityLevel())), awards.toString());
    assertTrue(hue.sourceLine().startsWith("1. Bà Ka Thị Huệ"), hue.sourceLine());
    assertEquals(Set.of("official", "grassroots"), to(awards, "Cil Mup").attributes());
    assertEquals(Set.of("worker"), to(awards, "Nguyễn Văn Thắng").attributes());
    assertEquals(Set.of("teacher"), to(awards, "Trần Thị Mai Anh").attributes());
    // an item without its own achievement has the article's
    assertEquals("thành tích xuất sắc trong phong trào \"Người tốt, việc tốt\" năm 2024",
        to(awards, "Hội Liên hiệp Phụ nữ xã Lát, huyện Lạc Dương").achievement());
  }

  @Test
  void theDistrictChairsCertificatesOfMeritReachAPupil() {
    List<ProposedAward> awards = AwardReader.read(List.of(decision("qd-845-ubnd-2024.txt")));

    Map<String, AwardeeKind> expected = new LinkedHashMap<>();
    expected.put("Chi đoàn thôn 2, xã Đạ Rsal", C);
    expected.put("Ka Thị Huệ", I);
    expected.put("Hoàng Văn Sùng", I);
    expected.put("Nguyễn Thị Thu Hà", I);
    expected.put("Kră Jăn Ha Vy", I);
    assertEquals(expected, kinds(awards));
    assertTrue(awards.stream().allMatch(a -> a.form().equals("Giấy khen")
        && "Chủ tịch Ủy ban nhân dân huyện".equals(a.authority())), awards.toString());
    assertEquals(Set.of("ethnic-minority", "official", "grassroots"), to(awards, "Hoàng Văn Sùng").attributes());
    assertEquals(Set.of("student"), to(awards, "Kră Jăn Ha Vy").attributes());
    assertTrue(awards.stream().allMatch(a -> "district".equals(a.authorityLevel())), awards.toString());
  }

  @Test
  void theAuthoritysLevelIsItsLongestCue() {
    assertEquals("district", Awardees.authorityLevel("Chủ tịch Ủy ban nhân dân thị xã"), "thị xã, not xã");
    assertEquals("commune", Awardees.authorityLevel("Chu tich UBND xa"));
    assertEquals("government", Awardees.authorityLevel("Thủ tướng Chính phủ"));
    assertEquals("province", Awardees.authorityLevel("Giám đốc Sở Nội vụ"));
    assertEquals(null, Awardees.authorityLevel("Hiệu trưởng"));
  }

  @Test
  void aTitleIsTheFormAndTheRestOfTheDecisionAwardsNothing() {
    List<ProposedAward> awards = AwardReader.read(List.of(decision("qd-2210-ubnd-2023.txt")));

    assertEquals(List.of("Trần Thị Mai Anh", "Lê Hoàng Phúc", "Nguyễn Thị Thu Hà", "Bon Niêng Ha Dũng"),
        awards.stream().map(ProposedAward::awardee).toList());
    assertTrue(awards.stream().allMatch(a -> a.kind() == I && a.form().equals("Chiến sĩ thi đua cấp tỉnh")
        && a.campaign() == null), awards.toString());
    assertEquals(Set.of("ethnic-minority", "official"), to(awards, "Bon Niêng Ha Dũng").attributes());
  }

  @Test
  void aDecisionThatAwardsNothingYieldsNoAwards() {
    assertEquals(List.of(), AwardReader.read(List.of(
        "QUYẾT ĐỊNH\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n1. Ông Nguyễn Văn A, Trưởng ban.")));
  }

  @Test
  void anItemWrappedOverPagesAndUnderHeadingsIsOneAwardOfItsHeadingsKind() {
    List<ProposedAward> awards = AwardReader.read(List.of(
        "Điều 1. Tặng Giấy khen của Giám đốc Sở Nội vụ cho các tập thể, cá nhân (có danh sách kèm theo).\n"
            + "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\nGIÁM ĐỐC",
        "DANH SÁCH KHEN THƯỞNG\nI. TẬP THỂ\n1. Phòng Tổ chức cán bộ, Sở Nội vụ.\nII. CÁ NHÂN\n"
            + "1. Nguyễn Văn An, chuyên viên Phòng Tổ chức cán bộ: hoàn thành xuất sắc\nnhiệm vụ năm 2024.")); 

    assertEquals(Map.of("Phòng Tổ chức cán bộ, Sở Nội vụ", C, "Nguyễn Văn An", I), kinds(awards));
    assertEquals("hoàn thành xuất sắc nhiệm vụ năm 2024", to(awards, "Nguyễn Văn An").achievement());
    assertEquals(2, to(awards, "Nguyễn Văn An").page());
  }

  /**
   * Lists that group their awardees under numbered headings and mark each awardee with a dash; neither a heading
   * ("1. Tập thể:") nor the recipients after the articles ("- Như Điều 2;") is an awardee.
   */
  @Test
  void numberedHeadingsGroupDashedAwardeesAndAreNoneThemselves() {
    List<ProposedAward> awards = AwardReader.read(List.of(
        "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 01 tập thể và 01 cá nhân, gồm:\n"
            + "1. Tập thể:\n- Phòng Tổ chức cán bộ, Sở Nội vụ;\n2. 01 cá nhân:\n"
            + "- Nguyễn Văn An, chuyên viên Phòng Tổ chức cán bộ, Sở Nội vụ,\n"
            + "Đã có thành tích xuất sắc trong công tác năm 2024.\n"
            + "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm"
            + " thi hành Quyết định này./.\nNơi nhận:\n- Như Điều 2;\n- Ủy ban;\n- Lưu: VT."));

    assertEquals(Map.of("Phòng Tổ chức cán bộ, Sở Nội vụ", C, "Nguyễn Văn An", I), kinds(awards));
    assertEquals("chuyên viên Phòng Tổ chức cán bộ, Sở Nội vụ", to(awards, "Nguyễn Văn An").unit());
  }

  @Test
  void decomposedTextReadsAsComposedText() {
    String decomposed = Normalizer.normalize(decision("qd-512-ubnd-2025.txt"), Normalizer.Form.NFD);

    assertEquals(kinds(AwardReader.read(List.of(decision("qd-512-ubnd-2025.txt")))),
        kinds(AwardReader.read(List.of(decomposed))));
  }

  /**
   * An award table as the OCR's layout reading hands it on, a line a row, cells separated by " | ": each row is one
   * awardee with the form its last cell names, whatever the article says; the header row and a number cell that OCR
   * misread ("Ạ" for 4) change nothing.
   */
  @Test
  void aTableRowIsOneAwardeeWithTheFormOfItsLastCell() {
    String page = String.join("\n",
        "Điều 1. Tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 4 tập thể và cá nhân đã có thành tích xuất sắc"
            + " trong phong trào thi đua \"Dân vận khéo\" giai đoạn 2021 - 2025 (có danh sách kèm theo):",
        "",
        "STT | Tập thể, cá nhân | Hình thức",
        "1 | Bà K' Hương, hội viên Hội Nông dân xã Rô Men | Bằng khen",
        "2 | Trường Tiểu học Phi Liêng, huyện Đam Rông | Cờ thi đua",
        "3 | Ông Hoàng Quốc Việt, công nhân | Công ty Cà phê Đà Lạt | Bằng khen",
        "Ạ | Hội Cựu chiến binh xã Đạ M'Rông | Cờ thi đua",
        "",
        "Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.");
    List<ProposedAward> awards = AwardReader.read(List.of(page));

    Map<String, AwardeeKind> expected = new LinkedHashMap<>();
    expected.put("K' Hương", I);
    expected.put("Trường Tiểu học Phi Liêng, huyện Đam Rông", C);
    expected.put("Hoàng Quốc Việt", I);
    expected.put("Hội Cựu chiến binh xã Đạ M'Rông", C);
    assertEquals(expected, kinds(awards));
    assertEquals("Bằng khen", to(awards, "K' Hương").form());
    assertEquals("Cờ thi đua", to(awards, "Trường Tiểu học Phi Liêng, huyện Đam Rông").form());
    assertEquals("Cờ thi đua", to(awards, "Hội Cựu chiến binh xã Đạ M'Rông").form());
    // the article's authority stands for a form that names none; the row keeps its own line
    assertEquals("Chủ tịch Ủy ban nhân dân tỉnh", to(awards, "K' Hương").authority());
    assertEquals("hội viên Hội Nông dân xã Rô Men", to(awards, "K' Hương").unit());
    assertEquals("3 | Ông Hoàng Quốc Việt, công nhân | Công ty Cà phê Đà Lạt | Bằng khen",
        to(awards, "Hoàng Quốc Việt").sourceLine());
  }

  /**
   * The first decision, scanned and read by OCR: the share of its awardees read with the right form.
   * OCR may drop or change marks, so names are compared without them.
   */
  @Test
  void aScannedDecisionYieldsNineInTenOfItsAwardeesWithTheRightForm() {
    String text = decision("qd-512-ubnd-2025.txt");
    List<ProposedAward> typed = AwardReader.read(List.of(text));
    SamplePages.SamplePage page = SamplePages.render(List.of(text.split("\n")), SamplePages.Quality.CLEAN, 0);
    String ocr;
    try (OcrEngine engine = TestOcr.newEngine()) {
      ocr = engine.read(page.image()).text();
    }
    List<ProposedAward> scanned = AwardReader.read(List.of(ocr));

    Set<String> read = scanned.stream().filter(a -> a.form().equals("Bằng khen"))
        .map(a -> Diacritics.searchForm(a.awardee())).collect(Collectors.toSet());
    long right = typed.stream().filter(a -> read.contains(Diacritics.searchForm(a.awardee()))).count();
    double share = (double) right / typed.size();
    System.out.printf("awards read from the scanned decision: %d of %d awardees with the right form (%.2f)%n",
        right, typed.size(), share);
    assertEquals(8, typed.size());
    assertTrue(share >= 0.9, "only " + right + " of " + typed.size() + " read from:\n" + ocr);
  }

  /**
   * A text without articles that mentions a decision to award in passing, and what others received ("được tặng"):
   * the sentence is from a real rule of the Đại học Quốc gia (vbpl doc_000016 of the shared corpus), the items below
   * it name who may propose, not awardees. A proposal ("đề nghị tặng ... cho") awards no one either.
   */
  @Test
  void aDecisionMentionedInPassingListsNoOneBelowIt() {
    String text = """
        Đại học Quốc gia không xét và ban hành quyết định tặng Cờ thi đua của Đại học Quốc gia đối với tập thể được tặng Cờ thi đua của Bộ Giáo dục và Đào tạo về cùng thành tích đạt được.
        1. Trường Đại học Khoa học Tự nhiên lập hồ sơ;
        2. Ban Thi đua - Khen thưởng tổng hợp.
        Hội đồng thống nhất đề nghị tặng Bằng khen của Thủ tướng Chính phủ cho Trường Đại học Kinh tế.
        """;
    assertEquals(List.of(), AwardReader.read(List.of(text)));
  }

  /** The attributes are stored and shown in one order, the same in every run, not in a hash set's order of the day. */
  @Test
  void attributesKeepOneOrderWhateverOrderTheyWereFoundIn() {
    List<String> found = List.of("worker", "teacher", "student", "soldier", "religious", "official", "grassroots",
        "farmer", "ethnic-minority");
    ProposedAward award = new ProposedAward("Nguyễn Văn An", I, "", "", "Bằng khen", "", "", "",
        new LinkedHashSet<>(found), "", 1, "");
    assertEquals(found.stream().sorted().toList(), List.copyOf(award.attributes()));
  }
}
