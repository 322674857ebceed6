package vn.vankho.text;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
  private static final double ILLEGIBLE_WEIGHT = 1.0;
  private static final double DOUBT_WEIGHT = 0.1;

  /** Pages predicted above this CER go to review ("Cần kiểm tra"); issue 12 asks for about 3%. */
  public static final double REVIEW_ABOVE_CER = 0.03;

  /** A run of letters between punctuation and digits: the span in which neighbouring syllables pair. */
  private static final Pattern PHRASE = Pattern.compile("[\\p{L}\\p{M}]+(?:[ \\t]+[\\p{L}\\p{M}]+)*");
  private static final Pattern BLANKS = Pattern.compile("[ \\t]+");

  /** Neighbouring syllables of real official texts, index-config/syllable-bigrams.txt; loaded on first use. */
  private static final class Bigrams {
    static final Set<String> KNOWN = load();

    private static Set<String> load() {
      Set<String> pairs = new HashSet<>();
      for (String[] row : ConfigTables.rows("syllable-bigrams.txt")) pairs.add(row[0]);
      return pairs;
    }
  }

  private PageQuality() {}

  /**
   * The share of a page's neighbouring syllable pairs that real official texts use
   * (index-config/syllable-bigrams.txt): a simple syllable-bigram likelihood. It sees what the valid-syllable
   * share cannot: a misread mark that still makes a valid syllable ("Hội đông", "Chu tịch") makes a pair
   * nobody writes. A page with no pair scores 0.
   */
  public static double bigramShare(String pageText) {
    int pairs = 0;
    int known = 0;
    for (Matcher m = PHRASE.matcher(Diacritics.nfc(pageText)); m.find(); ) {
      List<String> syllables = List.of(BLANKS.split(m.group().toLowerCase(Locale.ROOT)));
      for (int i = 1; i < syllables.size(); i++) {
        pairs++;
        if (Bigrams.KNOWN.contains(syllables.get(i - 1) + " " + syllables.get(i))) known++;
      }
    }
    return pairs == 0 ? 0.0 : (double) known / pairs;
  }

  /**
   * The character error rate a page's OCR reading probably has, from two signs of a bad reading: the share of
   * tokens that are not legible ({@link #score}) and the engine's own doubt (100 minus its mean word
   * confidence). The weights were chosen on measured CER of generated realistic scans (docs/ocr.md, "Realistic
   * scans"), as the grid point with the best rank correlation whose scale puts pages over 5% CER above
   * {@link #REVIEW_ABOVE_CER}; {@link #bigramShare} was measured there too and did not improve the ranking.
   */
  public static double predictedCer(String pageText, double meanConfidence) {
    return predictedCer(score(pageText), meanConfidence);
  }

  /** As {@link #predictedCer(String, double)}, for a page whose {@link #score} is already known. */
  public static double predictedCer(double legibleShare, double meanConfidence) {
    double illegible = 1 - legibleShare;
    double doubt = Math.max(0, Math.min(100, 100 - meanConfidence)) / 100;
    return ILLEGIBLE_WEIGHT * illegible + DOUBT_WEIGHT * doubt;
  }

  /** True when {@link #predictedCer} is above {@link #REVIEW_ABOVE_CER}. */
  public static boolean needsReview(String pageText, double meanConfidence) {
    return needsReview(score(pageText), meanConfidence);
  }

  /** As {@link #needsReview(String, double)}, for a page whose {@link #score} is already known. */
  public static boolean needsReview(double legibleShare, double meanConfidence) {
    return predictedCer(legibleShare, meanConfidence) > REVIEW_ABOVE_CER;
  }

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
