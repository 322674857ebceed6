package vn.vankho.ingest.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import org.junit.jupiter.api.Test;

class RealisticScansTest {
  @Test
  void testEveryFaceDrawsEveryVietnameseLetterOfThePages() {
    StringBuilder all = new StringBuilder("ăâđêôơưĂÂĐÊÔƠƯ àáảãạ ằắẳẵặ ầấẩẫậ èéẻẽẹ ềếểễệ ìíỉĩị òóỏõọ ồốổỗộ ờớởỡợ ùúủũụ ừứửữự ỳýỷỹỵ");
    all.append(all.toString().toUpperCase());
    for (int i = 0; i < 6; i++) all.append(RealisticScans.page(i).truth().text());
    for (RealisticScans.Style style : RealisticScans.Style.values()) {
      Font face = RealisticScans.face(style);
      assertEquals(-1, face.canDisplayUpTo(all.toString()), style + " lacks a glyph at "
          + face.canDisplayUpTo(all.toString()));
    }
  }

  @Test
  void testKindsCycleAndHandwritingAlternatesByRound() {
    for (int i = 0; i < 12; i++) {
      RealisticScans.Scan scan = RealisticScans.page(i);
      assertEquals(RealisticScans.Kind.values()[i % 6], scan.kind());
      assertEquals(i >= 6, scan.truth().handwritten(), "page " + i);
    }
  }

  @Test
  void testSamePageSameBytes() {
    assertArrayEquals(RealisticScans.page(3).jpeg(), RealisticScans.page(3).jpeg());
  }

  @Test
  void testTurnedPagesAreLandscapeOrUpsideDownAndOthersA4AtTheirResolution() {
    RealisticScans.Scan plain = RealisticScans.page(0);
    assertEquals(200, plain.dpi());
    assertTrue(plain.image().getHeight() > plain.image().getWidth());
    RealisticScans.Scan sideways = RealisticScans.page(4);
    assertEquals(1, sideways.quarterTurns());
    assertTrue(sideways.image().getWidth() > sideways.image().getHeight());
    assertEquals(2, RealisticScans.page(10).quarterTurns());
    RealisticScans.Scan low = RealisticScans.page(5);
    assertEquals(150, low.dpi());
    assertEquals(1241, low.image().getWidth(), 2); // A4 at 150 dpi
  }

  @Test
  void testHandwrittenPagesPrintTheNumberWithTheFormsGap() {
    RealisticScans.Scan hand = RealisticScans.page(6);
    assertTrue(hand.truth().text().contains("Số: " + hand.truth().number().replace("/", " /")), hand.truth().text());
    RealisticScans.Scan printed = RealisticScans.page(0);
    assertTrue(printed.truth().text().contains("Số: " + printed.truth().number()));
  }
}
