package vn.vankho.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.vankho.testing.LegacyTyping;
import vn.vankho.testing.RealCorpus;

/**
 * The legacy-encoding rule measured on real texts: a few dozen documents of the shared corpus typed in
 * TCVN3 and in VNI by the public tables, cut into pages of {@link #PAGE_LINES} lines as a text layer
 * gives them, then detected and restored page by page. And the rule must leave real Unicode and English
 * text alone.
 */
class LegacyCorpusTest {
  /** About one printed page of the corpus's texts. */
  private static final int PAGE_LINES = 40;
  /** Every 25th document of each source: 31 of vbpl, 10 of the gazette. */
  private static final int EVERY = 25;

  @Test
  void restoresAtLeast99PercentOfCharacters() {
    List<String> pages = new ArrayList<>();
    sample(RealCorpus.vbpl()).forEach(t -> pages.addAll(pages(t)));
    sample(RealCorpus.congbao()).forEach(t -> pages.addAll(pages(t)));
    for (LegacyEncoding encoding : LegacyEncoding.values()) {
      long characters = 0;
      long restored = 0;
      long marked = 0;
      long markedRestored = 0;
      int converted = 0;
      for (String page : pages) {
        String original = Diacritics.nfc(page);
        LegacyText.Restored back = LegacyText.restore(LegacyTyping.type(original, encoding));
        converted += back.converted() ? 1 : 0;
        String text = back.text();
        characters += original.length();
        for (int i = 0; i < original.length(); i++) {
          char c = original.charAt(i);
          boolean right = text.length() == original.length() && text.charAt(i) == c;
          restored += right ? 1 : 0;
          if (c >= '\u0080' && Character.isLetter(c)) {
            marked++;
            markedRestored += right ? 1 : 0;
          }
        }
      }
      double share = (double) restored / characters;
      System.out.printf("%s: %d pages, %d converted; characters restored %.4f (%d of %d), letters with marks %.4f (%d of %d)%n",
          encoding.label(), pages.size(), converted, share, restored, characters,
          (double) markedRestored / marked, markedRestored, marked);
      assertTrue(share >= 0.99, encoding + " restored " + share);
    }
  }

  @Test
  void noFalseConversionOnRealUnicodeTexts() {
    List<String> wrong = new ArrayList<>();
    int pages = 0;
    for (RealCorpus.Text text : RealCorpus.vbpl()) {
      for (String page : pages(text)) {
        pages++;
        if (LegacyText.restore(Diacritics.nfc(page)).converted()) {
          wrong.add(text.id());
        }
      }
    }
    System.out.printf("vbpl: %d pages, %d converted%n", pages, wrong.size());
    assertEquals(List.of(), wrong);
  }

  @Test
  void noFalseConversionOnEnglish() throws IOException {
    // real English prose and legal text that every Debian system carries
    for (String licence : List.of("GPL-3", "Apache-2.0", "Artistic")) {
      String text = Files.readString(Path.of("/usr/share/common-licenses", licence));
      for (String page : pages(new RealCorpus.Text(licence, text))) {
        assertEquals(page, LegacyText.restore(page).text(), licence);
      }
    }
  }

  private static List<RealCorpus.Text> sample(List<RealCorpus.Text> texts) {
    List<RealCorpus.Text> sample = new ArrayList<>();
    for (int i = 0; i < texts.size(); i += EVERY) {
      sample.add(texts.get(i));
    }
    return sample;
  }

  private static List<String> pages(RealCorpus.Text text) {
    String[] lines = text.text().split("\n");
    List<String> pages = new ArrayList<>();
    for (int i = 0; i < lines.length; i += PAGE_LINES) {
      pages.add(String.join("\n", java.util.Arrays.copyOfRange(lines, i, Math.min(lines.length, i + PAGE_LINES))));
    }
    return pages;
  }
}
