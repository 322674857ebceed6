package vn.vankho.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damages a clean text the way an OCR engine without Vietnamese reads a scan, to make the "poor OCR"
 * documents of the evaluation collection (src/test/resources/eval/docs/*.ocr-sim.txt).
 *
 * <ul>
 *   <li>"số" and "Số" become "s6"; Đ becomes P, đ becomes d.
 *   <li>Of the other words with marks, every third loses all its marks ("thưởng" to "thuong"), every
 *       third after that has its tone mark replaced by another, in turns ("việc" may read "viềc").
 * </ul>
 * Deterministic: the same text always gives the same damage. Run {@link #main} from the project root to
 * rewrite the damaged copies; {@code EvalCollectionTest} checks they are up to date.
 */
final class OcrDamage {
  /** The clean documents that get a damaged copy. */
  static final List<String> SOURCES = List.of("qd-512-ubnd-2025.txt", "ct-34-tu-2024.txt", "kh-187-hu-2025.txt");
  static final Path DOCS = Path.of("src/test/resources/eval/docs");

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");
  private static final char CAPITAL_D_WITH_STROKE = '\u0110';
  private static final char D_WITH_STROKE = '\u0111';
  private static final List<Character> TONE_MARKS = List.of('\u0300', '\u0301', '\u0309', '\u0303', '\u0323');

  private OcrDamage() {}

  static String damagedName(String source) {
    return source.replace(".txt", ".ocr-sim.txt");
  }

  static String damage(String text) {
    Matcher m = WORD.matcher(Diacritics.nfc(text));
    StringBuilder out = new StringBuilder();
    int marked = 0;
    while (m.find()) {
      String word = m.group();
      String damaged;
      if (word.equalsIgnoreCase("số")) {
        damaged = "s6";
      } else if (Diacritics.isPlain(word)) {
        damaged = word;
      } else {
        damaged = switch (marked++ % 3) {
          case 0 -> Diacritics.fold(word);
          case 1 -> swapTone(word, marked);
          default -> word;
        };
      }
      m.appendReplacement(out, Matcher.quoteReplacement(
          damaged.replace(CAPITAL_D_WITH_STROKE, 'P').replace(D_WITH_STROKE, 'd')));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String swapTone(String word, int turn) {
    String nfd = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(nfd.length());
    Character pending = null; // the new tone goes after the vowel mark, where NFC can compose it
    for (char c : nfd.toCharArray()) {
      int tone = TONE_MARKS.indexOf(c);
      if (tone >= 0) {
        pending = TONE_MARKS.get((tone + 1 + turn % 4) % TONE_MARKS.size());
        continue;
      }
      if (pending != null && Character.getType(c) != Character.NON_SPACING_MARK) {
        out.append(pending.charValue());
        pending = null;
      }
      out.append(c);
    }
    if (pending != null) {
      out.append(pending.charValue());
    }
    return Diacritics.nfc(out);
  }

  /** Writes the damaged copies next to their sources. */
  public static void main(String[] args) throws IOException {
    for (String source : SOURCES) {
      String clean = Files.readString(DOCS.resolve(source), StandardCharsets.UTF_8);
      Files.writeString(DOCS.resolve(damagedName(source)), damage(clean), StandardCharsets.UTF_8);
    }
  }
}
