package vn.vankho.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one phrase matcher, in the exact mode the award reader uses and the fuzzy mode the metadata reader uses. */
class PhrasesTest {
  private static Phrases<String> exact(String... phrases) {
    Phrases<String> p = Phrases.exact();
    Arrays.stream(phrases).forEach(phrase -> p.add(phrase, phrase));
    return p;
  }

  @Test
  void anExactPhraseIsFoundWithoutItsMarksAndCutsTheOriginal() {
    FoldedText text = FoldedText.of("Tặng Bằng khen của Thủ tướng Chính phủ cho Ông Đàm Văn Độ");
    Phrases.Match<String> form = exact("Bằng khen", "Bằng khen của Thủ tướng Chính phủ").find(text, 0).orElseThrow();
    assertEquals("Bằng khen của Thủ tướng Chính phủ", form.value());
    assertEquals("Bằng khen của Thủ tướng Chính phủ", text.original(form.start(), form.end()));
  }

  @Test
  void anExactPhraseStandsAsWholeWords() {
    Phrases<String> verbs = exact("Tặng");
    assertFalse(verbs.in(FoldedText.of("Tặngthưởng, bổ sung")));
    assertTrue(verbs.opens(FoldedText.of("TẶNG Bằng khen")));
    assertFalse(exact("Bằng khen").in(FoldedText.of("Bằng  khen")), "words one space apart, as the table writes them");
  }

  @Test
  void theEarliestPlaceWinsThenTheLongestPhraseThere() {
    FoldedText text = FoldedText.of("Quyết định về việc tặng Cờ thi đua");
    Phrases<String> quoted = exact("Quyết định", "Quyết định về việc", "Cờ thi đua");
    assertEquals(new Phrases.Match<>("Quyết định về việc", 0, 18), quoted.find(text, 0).orElseThrow());
    assertEquals("Cờ thi đua", quoted.find(text, 1).orElseThrow().value());
  }

  @Test
  void aPhraseEndingTheTextIsTheLongestThatDoes() {
    Phrases<String> cues = exact("được", "đề nghị", "nghị");
    assertEquals("đề nghị", cues.ending(FoldedText.of("đơn vị đề nghị")).orElseThrow().value());
    assertFalse(cues.ending(FoldedText.of("được tặng")).isPresent());
    assertFalse(cues.ending(FoldedText.of("khôngđược")).isPresent());
  }

  @Test
  void everyPhraseFoundGivesEachOfItsValuesLongestFirst() {
    Phrases<String> attributes = Phrases.exact();
    attributes.add("già làng", "ethnic-minority");
    attributes.add("già làng", "grassroots");
    attributes.add("Trung ương", "central");
    assertEquals(List.of("central", "ethnic-minority", "grassroots"),
        attributes.all(FoldedText.of("già làng, Ủy viên Trung ương")));
  }

  @Test
  void gluedWordsAreFoundWithTheBlanksLeftOut() {
    FoldedText text = FoldedText.of("Tặng Cờ thi đua củaChính phủ");
    Phrases.Match<String> glued = exact("Cờ thi đua", "Cờ thi đua của Chính phủ").findGlued(text, 0).orElseThrow();
    assertEquals("Cờ thi đua của Chính phủ", glued.value());
    assertEquals("Cờ thi đua củaChính phủ", text.original(glued.start(), glued.end()));
  }

  /** A word of a page already cut, as a reader's tokenizer gives it. */
  private record Word(String norm) implements Phrases.Word {}

  private static List<Word> words(String text) {
    return Arrays.stream(text.split(" ")).map(Word::new).toList();
  }

  @Test
  void aFuzzyPhraseForgivesAnEditPerFiveLettersButNotInOneLetterWords() {
    Phrases<String> cues = Phrases.fuzzy(phrase -> List.of(Diacritics.searchForm(phrase).split(" ")));
    cues.add("Thực hiện", "implements");
    cues.add("căn cứ", "based-on");
    assertEquals("implements", cues.whole(words("thue hien")).orElseThrow());
    assertFalse(cues.at(words("cac co quan"), 0).isPresent());
    Phrases<String> exact = Phrases.exact();
    exact.add("Thực hiện", "implements");
    assertFalse(exact.at(words("thue hien"), 0).isPresent());
  }
}
