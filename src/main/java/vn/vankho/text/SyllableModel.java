package vn.vankho.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A syllable bigram language model of Vietnamese official text, counted from real documents
 * (index-config/syllable-counts.txt and syllable-bigrams.txt, written by scripts/count-syllable-bigrams).
 * The probability of a syllable after another is the pair's count smoothed towards the syllable's own frequency
 * (P(w | v) = (c(v w) + K P(w)) / (c(v) + K)); a syllable never seen has the frequency of one seen once. Used
 * to score how much a page's reading looks like official text ({@link PageQuality}) and to choose among the
 * readings a misread mark allows ({@link PostCorrection}). Syllables are compared lower-cased and NFC.
 */
public final class SyllableModel {
  /** How many pairs' worth of weight the syllable's own frequency has against the pair counts. */
  private static final double SMOOTHING = 50;
  private static final Pattern PHRASE = Pattern.compile("[\\p{L}\\p{M}]+(?:[ \\t]+[\\p{L}\\p{M}]+)*");
  private static final Pattern BLANKS = Pattern.compile("[ \\t]+");

  private static final class Loaded {
    static final SyllableModel OFFICIAL = load();
  }

  private final Map<String, Integer> syllables;
  private final Map<String, Integer> pairs;
  private final long total;
  /** Known syllables by their folded form ("dong": đông, đồng, động, ...): the readings a misread mark allows. */
  private final Map<String, List<String>> byFold = new HashMap<>();

  private SyllableModel(Map<String, Integer> syllables, Map<String, Integer> pairs, long total) {
    this.syllables = syllables;
    this.pairs = pairs;
    this.total = total;
    for (String s : syllables.keySet()) byFold.computeIfAbsent(Diacritics.fold(s), k -> new ArrayList<>()).add(s);
  }

  /** The model of the official texts in index-config/, loaded once. */
  public static SyllableModel official() {
    return Loaded.OFFICIAL;
  }

  private static SyllableModel load() {
    Map<String, Integer> syllables = new HashMap<>();
    long total = 0;
    for (String[] row : ConfigTables.rows("syllable-counts.txt")) {
      if (row[0].equals("TOTAL")) total = Long.parseLong(row[1]);
      else syllables.put(row[0], Integer.parseInt(row[1]));
    }
    Map<String, Integer> pairs = new HashMap<>();
    for (String[] row : ConfigTables.rows("syllable-bigrams.txt")) pairs.put(row[0], Integer.parseInt(row[1]));
    return new SyllableModel(syllables, pairs, total);
  }

  /** How often {@code syllable} (lower case) was seen; 0 when never, or too rarely to be kept. */
  public int count(String syllable) {
    return syllables.getOrDefault(syllable, 0);
  }

  /** How often the pair was seen; 0 when never, or too rarely to be kept. */
  public int pairCount(String previous, String syllable) {
    return pairs.getOrDefault(previous + " " + syllable, 0);
  }

  /** log10 P(syllable | previous), both lower case; {@code previous} null for the first syllable of a phrase. */
  public double logProbability(String previous, String syllable) {
    double unigram = Math.max(1, count(syllable)) / (double) total;
    if (previous == null) return Math.log10(unigram);
    return Math.log10((pairCount(previous, syllable) + SMOOTHING * unigram) / (count(previous) + SMOOTHING));
  }

  /** The known syllables that differ from {@code syllable} (lower case) only in their marks, itself included if known. */
  public List<String> sameLetters(String syllable) {
    return byFold.getOrDefault(Diacritics.fold(syllable), List.of());
  }

  /**
   * The mean log10 probability per syllable of a text's runs of letters (a pair never spans punctuation or a
   * digit, as in the counts); 0 when the text has no syllable. Official text scores about -2, a reading with
   * misread marks lower.
   */
  public double meanLogProbability(String text) {
    double[] sum = new double[2];
    forEachSyllable(text, (previous, syllable) -> {
      sum[0] += logProbability(previous, syllable);
      sum[1]++;
    });
    return sum[1] == 0 ? 0 : sum[0] / sum[1];
  }

  /**
   * The share of a text's syllables (its runs of letters, lower case) that the counts never saw: a misread letter or
   * mark that the syllable rules still let pass, or a stray sign
   * read as a letter. 1 for a text without a syllable: nothing read is nothing known to be right.
   */
  public double unseenShare(String text) {
    int[] counted = new int[2];
    forEachSyllable(text, (previous, syllable) -> {
      if (count(syllable) == 0) counted[0]++;
      counted[1]++;
    });
    return counted[1] == 0 ? 1 : (double) counted[0] / counted[1];
  }

  /** Each syllable of each run of letters of {@code text}, lower case, with the one before it in its run (or null). */
  private static void forEachSyllable(String text, BiConsumer<String, String> visit) {
    for (Matcher m = PHRASE.matcher(Diacritics.nfc(text)); m.find(); ) {
      String previous = null;
      for (String syllable : BLANKS.split(m.group().toLowerCase(Locale.ROOT))) {
        visit.accept(previous, syllable);
        previous = syllable;
      }
    }
  }
}
