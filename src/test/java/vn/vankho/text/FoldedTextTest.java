package vn.vankho.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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

  /** A page folded once is not folded again by the readers that are handed it. */
  @Test
  void aFoldedTextIsNotFoldedAgain() {
    FoldedText page = FoldedText.of("Điều 1. Tặng Bằng khen");
    assertSame(page, FoldedText.of(page));
    assertEquals("Điều 1. Tặng Bằng khen", page.toString());
  }

  /** The forms of a part are those of the same words folded on their own, offsets counted from the part. */
  @Test
  void aPartHasTheFormsOfItsWords() {
    FoldedText page = FoldedText.of("QUYẾT ĐỊNH\n  Tặng Bằng khen cho Ông Đàm Văn Độ  \n");
    page.searchForm();
    FoldedText part = page.part(13, page.length()).strip();
    FoldedText alone = FoldedText.of("Tặng Bằng khen cho Ông Đàm Văn Độ");
    assertEquals(alone.original(), part.original());
    assertEquals(alone.folded(), part.folded());
    assertEquals(alone.lower(), part.lower());
    assertEquals(alone.searchForm(), part.searchForm());
    assertEquals(alone.find("dam van do", 0), part.find("dam van do", 0));
  }

  @Test
  void linesAreCutAsSplitCutsThem() {
    String page = "Số: 12/QĐ-UBND\r\n\nHà Nội, ngày 2\n\n";
    List<String> lines = FoldedText.of(page).lines().stream().map(FoldedText::original).toList();
    assertEquals(List.of(page.split("\\R")), lines);
    assertEquals(List.of(""), FoldedText.of("").lines().stream().map(FoldedText::original).toList());
  }

  /** Lines joined share the forms their parts have: the same as folding the joined text. */
  @Test
  void joinedLinesReadAsOneSentence() {
    String page = "phong trào \"Dân vận\n   khéo\" năm 2024";
    FoldedText joined = FoldedText.of(page).withLinesJoined();
    FoldedText alone = FoldedText.of(page.replaceAll("\\s*\\R\\s*", " "));
    assertEquals(alone.original(), joined.original());
    assertEquals(alone.folded(), joined.folded());
    assertEquals(alone.searchForm(), joined.searchForm());
    FoldedText twoLines = FoldedText.joined(FoldedText.of("Tặng Bằng khen\ncho Ông Độ").lines());
    assertEquals(FoldedText.of("Tặng Bằng khen cho Ông Độ").searchForm(), twoLines.searchForm());
  }
}
