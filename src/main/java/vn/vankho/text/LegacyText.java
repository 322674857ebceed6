package vn.vankho.text;

import java.util.Locale;

/**
 * Finds Vietnamese typed in a legacy font encoding ({@link LegacyEncoding}) and gives it back in
 * Unicode, NFC: "Qu¶ng Ninh" (TCVN3) and "Quaûng Ninh" (VNI) both become "Quảng Ninh".
 *
 * <ul>
 *   <li>A word (a run of letters and of the encoding's characters) speaks for an encoding when it is
 *       not a Vietnamese syllable as it stands but is one once decoded ("Qu¶ng", "Néi"), and against it
 *       when it is a syllable that decoding would spoil. A word of one letter says nothing ("¶" is a
 *       paragraph sign as often as "ả").
 *   <li>A text is in the encoding when at least {@link #MIN_WORDS} words speak for it and more than
 *       {@link #AGAINST_RATIO} times as many as speak against it; of two such encodings, the one more
 *       words speak for. Unicode Vietnamese has almost no word that speaks for either, English none.
 *   <li>Then each line (a run of text) is converted, except a line already in Unicode: one holding a
 *       Vietnamese letter beyond Latin-1 ("ộ", "ư", "đ"), which text in a legacy encoding cannot
 *       contain, or one whose own words speak against the encoding.
 *   <li>TCVN3 has no capitals with tone marks: they were typed with the capital fonts (.VnTimeH), which
 *       draw the small letters' codes as capitals. So a decoded letter becomes a capital in a word or a
 *       line written in capitals: "QU¶NG NINH" becomes "QUẢNG NINH"; a lone capital ("Ủy" typed "ñy")
 *       cannot be told and stays small.
 * </ul>
 */
public final class LegacyText {
  /** Fewer words than this speaking for an encoding are not enough to convert a text. */
  static final int MIN_WORDS = 2;
  /** The words for an encoding must outnumber those against it this many times over. */
  static final int AGAINST_RATIO = 3;

  private LegacyText() {}

  /**
   * The text as read, restored where it was typed in a legacy encoding.
   *
   * @param text the restored text, NFC
   * @param encoding the encoding it was converted from, null when it was not converted
   * @param linesConverted how many lines were converted
   */
  public record Restored(String text, LegacyEncoding encoding, int linesConverted) {
    public boolean converted() {
      return encoding != null;
    }
  }

  /** Detects a legacy encoding in {@code text} (NFC) and converts the lines typed in it. */
  public static Restored restore(String text) {
    if (Diacritics.isPlain(text)) {
      return new Restored(text, null, 0);
    }
    String[] lines = text.split("\n", -1);
    LegacyEncoding best = null;
    int bestFor = 0;
    for (LegacyEncoding encoding : LegacyEncoding.values()) {
      Evidence evidence = new Evidence();
      for (String line : lines) {
        if (!isUnicodeVietnamese(line)) {
          evidence.add(weigh(line, encoding));
        }
      }
      if (evidence.forIt >= MIN_WORDS && evidence.forIt > AGAINST_RATIO * evidence.against && evidence.forIt > bestFor) {
        best = encoding;
        bestFor = evidence.forIt;
      }
    }
    if (best == null) {
      return new Restored(text, null, 0);
    }
    StringBuilder out = new StringBuilder(text.length());
    int converted = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Evidence own = isUnicodeVietnamese(line) ? null : weigh(line, best);
      if (own != null && own.against <= own.forIt) {
        String decoded = decodeLine(line, best);
        if (!decoded.equals(line)) {
          converted++;
          line = decoded;
        }
      }
      out.append(line);
      if (i < lines.length - 1) {
        out.append('\n');
      }
    }
    return new Restored(Diacritics.nfc(out), best, converted);
  }

  /** How many words of one line speak for and against an encoding. */
  private static final class Evidence {
    int forIt;
    int against;

    void add(Evidence other) {
      forIt += other.forIt;
      against += other.against;
    }
  }

  private static Evidence weigh(String line, LegacyEncoding encoding) {
    Evidence evidence = new Evidence();
    for (int start = 0; start < line.length(); ) {
      int end = wordEnd(line, start, encoding);
      if (end == start) {
        start++;
        continue;
      }
      String word = line.substring(start, end);
      String decoded = decode(word, encoding, false);
      if (!decoded.equals(word) && decoded.length() > 1) {
        boolean before = VietnameseSyllables.isValid(word);
        boolean after = VietnameseSyllables.isValid(decoded);
        if (!before && after) {
          evidence.forIt++;
        } else if (before && !after) {
          evidence.against++;
        }
      }
      start = end;
    }
    return evidence;
  }

  private static String decodeLine(String line, LegacyEncoding encoding) {
    boolean capitalLine = encoding == LegacyEncoding.TCVN3 && writtenInCapitals(line, encoding);
    StringBuilder out = new StringBuilder(line.length());
    for (int start = 0; start < line.length(); ) {
      int end = wordEnd(line, start, encoding);
      if (end == start) {
        out.append(line.charAt(start++));
        continue;
      }
      String word = line.substring(start, end);
      boolean capitals = capitalLine || encoding == LegacyEncoding.TCVN3 && writtenInCapitals(word, encoding);
      out.append(decode(word, encoding, capitals));
      start = end;
    }
    return out.toString();
  }

  private static int wordEnd(String line, int start, LegacyEncoding encoding) {
    int i = start;
    while (i < line.length() && (Character.isLetter(line.charAt(i)) || encoding.uses(line.charAt(i)))) {
      i++;
    }
    return i;
  }

  /** Decodes {@code word}, the longest sequence of the table first; decoded letters as capitals if asked. */
  private static String decode(String word, LegacyEncoding encoding, boolean capitals) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); ) {
      String letter = null;
      int length = Math.min(encoding.longest(), word.length() - i);
      while (length > 0 && (letter = encoding.table().get(word.substring(i, i + length))) == null) {
        length--;
      }
      if (letter == null) {
        out.append(word.charAt(i++));
      } else {
        out.append(capitals ? letter.toUpperCase(Locale.ROOT) : letter);
        i += length;
      }
    }
    return out.toString();
  }

  /**
   * Two capitals or more and no small ASCII letter: a heading, or a word of one. A capital is A to Z or
   * a code the table reads as a capital ("§", Đ); "Ö" is not, TCVN3 reads it as "ệ".
   */
  private static boolean writtenInCapitals(String text, LegacyEncoding encoding) {
    int capitals = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 'a' && c <= 'z') {
        return false;
      }
      String letter = encoding.table().get(String.valueOf(c));
      if (c >= 'A' && c <= 'Z' || letter != null && Character.isUpperCase(letter.charAt(0))) {
        capitals++;
      }
    }
    return capitals >= 2;
  }

  /** A Vietnamese letter beyond Latin-1 ("ă", "đ", "ơ", "ư", "ộ"), or a combining mark: Unicode text. */
  private static boolean isUnicodeVietnamese(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ((c >= '\u0100' && c <= '\u01B0') || (c >= '\u1EA0' && c <= '\u1EF9') || (c >= '\u0300' && c <= '\u036F')) {
        return true;
      }
    }
    return false;
  }
}
