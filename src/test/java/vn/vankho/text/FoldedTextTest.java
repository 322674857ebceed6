package vn.vankho.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FoldedTextTest {

  @Test
  void foldedFormsKeepEveryOffset() {
    FoldedText text = FoldedText.of("Tặng Bằng khen cho Ông Đàm Văn Độ");
    assertEquals("Tang Bang khen cho Ong Dam Van Do", text.folded());
    assertEquals("tang bang khen cho ong dam van do", text.lower());
    assertEquals("tang bang khen cho ong dam van do", text.searchForm());
    int at = text.find("dam van do", 0);
    assertEquals("Đàm Văn Độ", text.original(at, at + "dam van do".length()));
  }

  @Test
  void decomposedInputIsComposedFirst() {
    FoldedText text = FoldedText.of("Ho\u0300a");
    assertEquals("Hòa", text.original());
    assertEquals(4 - 1, text.length());
    assertEquals("Hoa", text.folded());
  }

  /** A mark left alone folds to nothing: the case-kept form keeps it, the search form leaves a blank in its place. */
  @Test
  void aStrayMarkKeepsItsPlace() {
    FoldedText text = FoldedText.of("\u0301khen");
    assertEquals("\u0301khen", text.folded());
    assertEquals(" khen", text.searchForm());
    assertEquals(text.original().length(), text.searchForm().length());
  }

  @Test
  void cuesAreFoundAsWholeWords() {
    FoldedText text = FoldedText.of("Huân chương Lao động hạng Ba; Huy chương");
    assertEquals(-1, text.find("lao dong hang b", 0));
    assertEquals(12, text.find("lao dong", 0));
    assertTrue(text.startsWith("huan chuong"));
    assertFalse(text.startsWith("huan chuon"));
    assertTrue(text.startsAt("huy chuong", text.length() - "Huy chương".length()));
  }
}
