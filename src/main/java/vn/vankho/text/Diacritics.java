package vn.vankho.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Vietnamese letters with and without their marks.
 *
 * <p>Folding drops the tone marks (sắc, huyền, hỏi, ngã, nặng: U+0301, U+0300, U+0309, U+0303, U+0323)
 * and the vowel marks (circumflex U+0302, breve U+0306, horn U+031B), and maps đ to d and Đ to D
 * (and the look-alike eth ð, Ð too):
 * "Chỉ thị" becomes "Chi thi", "Đam Rông" becomes "Dam Rong". Input in any normalization form is
 * accepted; output is NFC. Text that is already plain ASCII comes back unchanged.
 */
public final class Diacritics {
  private static final char D_WITH_STROKE = '\u0111';
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final char CAPITAL_D_WITH_STROKE = '\u0110';
  /** Ð and ð, the Icelandic eth, look like Đ and đ and stand for them in badly typed text. */
  private static final char CAPITAL_ETH = '\u00D0';
  private static final char SMALL_ETH = '\u00F0';
  /**
   * {@link #fold} and {@link #searchForm} of each single character, filled as characters are met: extraction
   * folds pages character by character to keep offsets, and Unicode normalization per character was most of its
   * cost. Racing threads store equal strings, and a string is safe to share however it is published.
   */
  private static final String[] FOLDED_CHAR = new String[Character.MAX_VALUE + 1];
  private static final String[] SEARCH_FORM_CHAR = new String[Character.MAX_VALUE + 1];

  private Diacritics() {}

  /** Composes {@code text} to NFC, the form every other rule here expects. */
  public static String nfc(CharSequence text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** True when {@code text} has no character that folding would change: the fast path. */
  public static boolean isPlain(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '\u0080') {
        return false;
      }
    }
    return true;
  }

  /** Removes every tone and vowel mark and maps đ to d; keeps case. "Thực hiện" becomes "Thuc hien". */
  public static String fold(CharSequence text) {
    if (isPlain(text)) {
      return text.toString();
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder folded = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      boolean small = c == D_WITH_STROKE || c == SMALL_ETH;
      boolean capital = c == CAPITAL_D_WITH_STROKE || c == CAPITAL_ETH;
      folded.append(small ? 'd' : capital ? 'D' : c);
    }
    return Normalizer.normalize(folded, Normalizer.Form.NFC);
  }

  /** {@link #fold} of the one character {@code c}, computed once per character. */
  public static String foldChar(char c) {
    String folded = FOLDED_CHAR[c];
    if (folded == null) {
      folded = fold(String.valueOf(c));
      FOLDED_CHAR[c] = folded;
    }
    return folded;
  }

  /** {@link #searchForm} of the one character {@code c}, computed once per character. */
  public static String searchFormChar(char c) {
    String form = SEARCH_FORM_CHAR[c];
    if (form == null) {
      form = searchForm(String.valueOf(c));
      SEARCH_FORM_CHAR[c] = form;
    }
    return form;
  }

  /** Lower-cases without regard to the default locale (Turkish dotless i must not leak in). */
  public static String lower(CharSequence text) {
    return text.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The form the exact-diacritic field compares on: NFC, lower case, one spelling for words written two
   * correct ways ("Hoà" and "hòa", "kì" and "kỳ" give "hòa", "kỳ"). The rules are {@link ToneSpelling}'s.
   */
  public static String exactForm(CharSequence word) {
    return ToneSpelling.exactForm(word);
  }

  /** The form search compares on when marks do not matter: NFC, lower case, folded. */
  public static String searchForm(CharSequence text) {
    return lower(fold(nfc(text)));
  }

  /** The search form with every run of other than letters and digits made one space: "Người tốt, việc tốt" is "nguoi tot viec tot". */
  public static String wordsForm(CharSequence text) {
    return NOT_WORD.matcher(searchForm(text)).replaceAll(" ").strip();
  }
}
