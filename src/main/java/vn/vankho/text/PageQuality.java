package vn.vankho.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How much of a page's text reads as Vietnamese: the share of its word tokens that are legible.
 *
 * <p>A token is a run of letters and digits. Legible are: valid syllables ({@link VietnameseSyllables}),
 * numbers ("2025"), Roman numerals ("III"), known abbreviations ("UBND", {@link Abbreviations}) and
 * document numbers ("41-CT/TW", one token). Single letters are not counted either way (list items "a)",
 * "T/M"). "Thực hiện Kế hoạch số 152-KH/TU" scores 1.0; OCR's "Thue hién K¢ hoach sb 152-KH/TU" scores
 * 1 of 5 ("K" is a single letter, only the number reads). A page below {@link #POOR_BELOW} is a bad page:
 * re-OCR it, and flag it.
 */
public final class PageQuality {
  /** Pages scoring below this are poorly read. Clean official text scores above 0.9. */
  public static final double POOR_BELOW = 0.8;

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\d]+");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern ROMAN = Pattern.compile("[IVXLC]+");

  private PageQuality() {}

  /** The share of legible tokens in {@code pageText}, from 0 to 1; a page without tokens scores 0. */
  public static double score(String pageText) {
    StringBuilder rest = new StringBuilder(Diacritics.nfc(pageText));
    int legible = 0;
    int counted = 0;
    for (DocumentNumbers.Found found : DocumentNumbers.find(rest.toString())) {
      for (int i = found.start(); i < found.end(); i++) {
        rest.setCharAt(i, ' ');
      }
      legible++;
      counted++;
    }
    for (Matcher m = TOKEN.matcher(rest); m.find(); ) {
      String token = m.group();
      if (token.codePointCount(0, token.length()) == 1 && Character.isLetter(token.codePointAt(0))) {
        continue;
      }
      counted++;
      if (isLegible(token)) {
        legible++;
      }
    }
    return counted == 0 ? 0.0 : (double) legible / counted;
  }

  /** True when the page scores below {@link #POOR_BELOW}. */
  public static boolean isPoor(String pageText) {
    return score(pageText) < POOR_BELOW;
  }

  private static boolean isLegible(String token) {
    return NUMBER.matcher(token).matches()
        || ROMAN.matcher(token).matches()
        || Abbreviations.isKnown(token)
        || VietnameseSyllables.isValid(token);
  }
}
