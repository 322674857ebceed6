package vn.vankho.ingest.awards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading the campaigns a document names. */
class CampaignReaderTest {

  private static List<String> names(List<CampaignMention> mentions) {
    return mentions.stream().map(CampaignMention::name).toList();
  }

  @Test
  void severalQuotedNamesAfterOneCueAreEachACampaign() {
    List<CampaignMention> read = CampaignReader.read(List.of("2. Đổi mới phát động các phong trào thi đua; gắn với "
        + "phong trào \"Dân vận khéo\", \"Người tốt, việc tốt\" và \"Cả nước chung tay vì người nghèo - Không để ai "
        + "bị bỏ lại phía sau\"; biểu dương kịp thời."));
    assertEquals(List.of("Dân vận khéo", "Người tốt, việc tốt",
        "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau"), names(read));
  }

  @Test
  void aLaunchAndItsPeriodAreRead() {
    List<CampaignMention> read = CampaignReader.read(List.of("KẾ HOẠCH\nPhát động phong trào thi đua “Lạc Dương chung\n"
        + "sức xây dựng nông thôn mới” giai đoạn 2025 - 2030.\nSơ kết phong trào \"Dân vận khéo\" năm 2024.", "trang 2"));
    assertEquals(List.of("Lạc Dương chung sức xây dựng nông thôn mới", "Dân vận khéo"), names(read),
        "a name wrapped over two lines, in curly quotes");
    CampaignMention launched = read.get(0);
    assertTrue(launched.launches());
    assertEquals(2025, launched.periodFrom());
    assertEquals(2030, launched.periodTo());
    assertEquals(1, launched.page());
    CampaignMention reviewed = read.get(1);
    assertFalse(reviewed.launches(), "only the sentence that launches it");
    assertEquals(2024, reviewed.periodFrom());
    assertEquals(2024, reviewed.periodTo());
    assertTrue(reviewed.sourceLine().startsWith("Sơ kết phong trào"), reviewed.sourceLine());
  }

  @Test
  void aCampaignNamedAgainWithoutMarksIsNamedOnce() {
    assertEquals(List.of("Người tốt, việc tốt"), names(CampaignReader.read(List.of(
        "phong trào \"Người tốt, việc tốt\"", "phong trao \"Nguoi tot, viec tot\""))));
  }

  @Test
  void unquotedWordsAfterTheCueAreNoCampaign() {
    assertEquals(List.of(), CampaignReader.read(List.of("các phong trào thi đua yêu nước được triển khai rộng khắp")));
  }
}
