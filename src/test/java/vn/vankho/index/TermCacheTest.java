package vn.vankho.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttributeImpl;
import org.junit.jupiter.api.Test;
import vn.vankho.text.Diacritics;

/** The cache gives what the rule gives, for terms seen once or many times, before and after it grows or is emptied. */
class TermCacheTest {
  @Test
  void everyTermGetsWhatTheRuleMakesOfItHoweverOftenItComes() {
    TermCache folding = new TermCache(Diacritics::fold);
    TermCache spelling = new TermCache(Diacritics::exactForm);
    String[] syllables = {"hoà", "hòa", "uỷ", "ủy", "kì", "kỳ", "Đảng", "đơn", "vị", "của", "các", "x", ""};
    SplittableRandom random = new SplittableRandom(18);
    CharTermAttribute term = new CharTermAttributeImpl();
    // 250,000 lookups: the syllables again and again, among 150,000 distinct made-up terms (the cache empties at 100,000)
    for (int i = 0; i < 250_000; i++) {
      String word = random.nextInt(5) < 2 ? syllables[random.nextInt(syllables.length)]
          : syllables[random.nextInt(syllables.length)] + random.nextInt(150_000);
      term.setEmpty().append(word);
      folding.apply(term);
      assertEquals(Diacritics.fold(word), term.toString(), word);
      term.setEmpty().append(word);
      spelling.apply(term);
      assertEquals(Diacritics.exactForm(word), term.toString(), word);
    }
  }

  @Test
  void termsAreNumberedInTheOrderFirstMetAndReadBackByTheirNumbers() {
    TermCache folding = new TermCache(Diacritics::fold);
    String[] words = {"Đảng", "ủy", "của", "ủy", "x", "Đảng", "", "các"};
    int[] expected = {0, 1, 2, 1, 3, 0, 4, 5};
    for (int i = 0; i < words.length; i++) {
      int id = folding.idOf(words[i].toCharArray(), words[i].length());
      assertEquals(expected[i], id, words[i]);
      assertEquals(words[i], new String(folding.term(id)));
      assertEquals(Diacritics.fold(words[i]), new String(folding.rewritten(id)));
    }
    assertEquals(6, folding.size());
    folding.empty();
    assertEquals(0, folding.idOf("ủy".toCharArray(), 2));
  }
}
