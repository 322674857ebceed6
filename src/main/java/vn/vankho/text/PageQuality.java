package vn.vankho.text;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
  private static final int MAX_REMEMBERED = 100_000;
  private static final Map<String, Boolean> LEGIBLE = new ConcurrentHashMap<>();

  /** Pages predicted above this CER go to review ("Cần kiểm tra"); issue 12 asks for about 3%. */
  public static final double REVIEW_ABOVE_CER = 0.03;
  /** A word the engine is less sure of than this (0 to 100) is doubtful. */
  public static final double LOW_CONFIDENCE = 60;
  /** The floor added to a CER before its logarithm is taken: a page read without a slip has a CER of 0. */
  public static final double CER_FLOOR = 0.001;

  /** A word the engine is less sure of than this (0 to 100) may hold a misread mark; printed words read at 90 and more. */
  public static final double UNSURE_WORD = 90;
  /** A symbol the engine is less sure of than this (0 to 100) is probably misread. */
  public static final double UNSURE_SYMBOL = 90;

  /**
   * The line height (pixels) of text whose x-height is 20 pixels: Tesseract's guide to image quality puts accuracy
   * dropping off below that (10 point text at 300 dpi) and rapidly below 8 point; Vietnamese print's lines, with their
   * stacked marks, stand about 2.4 x-heights high (13 point Times at 200 dpi: lines of 38 pixels, x-height 16).
   */
  public static final double CLEAR_LINE_HEIGHT = 48;

  /**
   * What a page's ink says of its reading, measured on the image the engine read: the share of its ink outside every
   * text line, the share of its text-like ink components (letters, or a word's letters run together) outside every
   * word read, and the median height of its text lines in pixels (0 where none was read).
   */
  public record Ink(double uncovered, double unreadText, double lineHeight) {
    /** A text that no engine read: nothing is known of its ink. */
    public static final Ink UNMEASURED = new Ink(0, 0, 0);
  }

  /** A token with digits and letters run together ("l6", "2O24", "7Ö"): a number or a word misread. */
  private static final Pattern MIXED = Pattern.compile("(?=.*\\d)(?=.*\\p{L}).+");

  /**
   * The signs of a badly read page that the predicted CER weighs: the share of tokens that are not legible
   * ({@link #score}), how unlikely its syllables are to the language model of official text (the negated
   * {@link SyllableModel#meanLogProbability}: it sees a misread mark that still makes a valid syllable, "Hội
   * đông", "Chu tịch"), the engine's doubt (1 minus its mean word confidence over 100), the share of words it
   * was less than {@link #LOW_CONFIDENCE} sure of, the share of tokens with digits and letters mixed, and the share
   * of the page's ink outside every text line the engine read (text it did not read at all, which the other signs
   * cannot see: a faxed page loses whole lines while what was read is read with confidence; measured by the OCR
   * side from the page image, as the next two are: {@link Ink}), the share of words under {@link #UNSURE_WORD} and the share
   * of symbols under {@link #UNSURE_SYMBOL} (a misread character is a symbol the engine doubted, which the words'
   * mean hides among the sure ones; these two rank pages that are read nearly right); then the share of the page's
   * letters outside every word read (a faxed page's dropped words and letters, which the lines' boxes can still
   * cover) and how small its text is: log2 of {@link #CLEAR_LINE_HEIGHT} over its median line height, 0 for text as
   * large or larger (small text at low resolution, a fax or a phone photo, is where characters are lost while what
   * was read is read with confidence); and the share of its syllables that the language model never saw
   * ({@link SyllableModel#unseenShare}: stricter than the syllable rules, which let many a misread mark pass).
   */
  public record Signs(double illegible, double unlikely, double doubt, double lowConfidence, double mixed,
      double uncoveredInk, double unsureWords, double unsureSymbols, double unreadText, double smallText,
      double unseenSyllables) {
    /** The share of legible tokens, {@link #score}. */
    public double legible() {
      return 1 - illegible;
    }

    /** The signs in the order of the weights' table. */
    public double[] values() {
      return new double[] {illegible, unlikely, doubt, lowConfidence, mixed, uncoveredInk, unsureWords, unsureSymbols,
          unreadText, smallText, unseenSyllables};
    }
  }

  /** The names of the weights in index-config/page-quality.txt, the intercept first, then {@link Signs} in order. */
  public static final List<String> WEIGHT_NAMES =
      List.of("intercept", "illegible", "unlikely", "doubt", "lowConfidence", "mixed", "uncoveredInk", "unsureWords",
          "unsureSymbols", "unreadText", "smallText", "unseenSyllables");

  /** The weights of the signs, index-config/page-quality.txt, read once. */
  private static final class Weights {
    static final double[] WEIGHTS = load();

    private static double[] load() {
      double[] weights = new double[WEIGHT_NAMES.size()];
      boolean[] seen = new boolean[weights.length];
      for (String[] row : ConfigTables.rows("page-quality.txt")) {
        int i = WEIGHT_NAMES.indexOf(row[0]);
        if (i < 0) throw new IllegalStateException("page-quality.txt: unknown sign " + row[0]);
        weights[i] = Double.parseDouble(row[1]);
        seen[i] = true;
      }
      for (int i = 0; i < seen.length; i++) {
        if (!seen[i]) throw new IllegalStateException("page-quality.txt: no weight for " + WEIGHT_NAMES.get(i));
      }
      return weights;
    }
  }

  private PageQuality() {}

  /**
   * The signs of {@code pageText} as the engine read it, with its words' and its symbols' confidences (0 to 100;
   * none for a text that no engine read, whose doubt then counts as none) and what the page's ink says of the reading
   * ({@link Ink#UNMEASURED} for a text that no engine read).
   */
  public static Signs signs(String pageText, List<? extends Number> wordConfidences,
      List<? extends Number> symbolConfidences, Ink ink) {
    double sum = 0;
    int low = 0;
    int unsure = 0;
    for (Number c : wordConfidences) {
      sum += c.doubleValue();
      if (c.doubleValue() < LOW_CONFIDENCE) low++;
      if (c.doubleValue() < UNSURE_WORD) unsure++;
    }
    int words = wordConfidences.size();
    long unsureSymbols = symbolConfidences.stream().filter(c -> c.doubleValue() < UNSURE_SYMBOL).count();
    int tokens = 0;
    int mixed = 0;
    for (Matcher m = TOKEN.matcher(Diacritics.nfc(pageText)); m.find(); ) {
      tokens++;
      if (MIXED.matcher(m.group()).matches()) mixed++;
    }
    return new Signs(1 - score(pageText), -SyllableModel.official().meanLogProbability(pageText),
        words == 0 ? 0 : Math.max(0, Math.min(1, 1 - sum / words / 100)), words == 0 ? 0 : (double) low / words,
        tokens == 0 ? 0 : (double) mixed / tokens, ink.uncovered(), words == 0 ? 0 : (double) unsure / words,
        symbolConfidences.isEmpty() ? 0 : (double) unsureSymbols / symbolConfidences.size(), ink.unreadText(),
        ink.lineHeight() <= 0 ? 0 : Math.max(0, Math.log(CLEAR_LINE_HEIGHT / ink.lineHeight()) / Math.log(2)),
        SyllableModel.official().unseenShare(pageText));
  }

  /**
   * The character error rate a page's OCR reading probably has: 10 to the power of a weighted sum of its
   * {@link Signs}, less {@link #CER_FLOOR}, at most 1. The weights (index-config/page-quality.txt) are a least-squares fit
   * of log10(CER + floor) on generated realistic and degraded scans read by Tesseract (docs/ocr.md, "Quality
   * score"; {@code bench-ocr realistic N fit} fits them again on other pages than those it measures).
   */
  public static double predictedCer(Signs signs) {
    return predictedCer(signs, Weights.WEIGHTS);
  }

  /** As {@link #predictedCer(Signs)} with other weights, in the order of {@link #WEIGHT_NAMES}: a fit tries them. */
  public static double predictedCer(Signs signs, double[] w) {
    double[] x = signs.values();
    double log = w[0];
    for (int i = 0; i < x.length; i++) log += w[i + 1] * x[i];
    // a reading with every sign at its worst would otherwise be predicted a CER of thousands
    return Math.max(0, Math.min(1, Math.pow(10, log) - CER_FLOOR));
  }

  /**
   * Text at most half of {@link #CLEAR_LINE_HEIGHT} high (x-height under 10 pixels: a whole page photographed by a
   * phone, a fax) is where Tesseract's guide gives "very little chance of accurate results"; such a page goes to
   * review whatever its other signs say. This is that guide's limit, not a fit: the generated faxed pages read
   * better than the real photos (docs/ocr.md, "Quality score"), so a fit on them alone would let those through.
   */
  public static final double TOO_SMALL_TEXT = 1;

  /** True when {@link #predictedCer} is above {@link #REVIEW_ABOVE_CER}, or the text is too small to trust. */
  public static boolean needsReview(Signs signs) {
    return needsReview(signs, predictedCer(signs));
  }

  /** As {@link #needsReview(Signs)} with the CER another set of weights predicts: a fit is measured with it. */
  public static boolean needsReview(Signs signs, double predictedCer) {
    return predictedCer > REVIEW_ABOVE_CER || signs.smallText() >= TOO_SMALL_TEXT;
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
    return isPoor(score(pageText));
  }

  /** True when a page's {@link #score} is below {@link #POOR_BELOW}: for a caller that keeps the score too. */
  public static boolean isPoor(double score) {
    return score < POOR_BELOW;
  }

  /**
   * Whether a token is legible, remembered: a page is made of a few thousand distinct syllables, each judged by the
   * syllable rules in microseconds, which was a tenth of the CPU of importing texts. Emptied when full, so a stream
   * of rare tokens cannot grow it without bound.
   */
  private static boolean isLegible(String token) {
    Boolean known = LEGIBLE.get(token);
    if (known == null) {
      if (LEGIBLE.size() >= MAX_REMEMBERED) {
        LEGIBLE.clear();
      }
      known = judgeLegible(token);
      LEGIBLE.put(token, known);
    }
    return known;
  }

  private static boolean judgeLegible(String token) {
    return NUMBER.matcher(token).matches()
        || ROMAN.matcher(token).matches()
        || Abbreviations.isKnown(token)
        || VietnameseSyllables.isValid(token);
  }
}
