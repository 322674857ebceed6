package vn.vankho.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Corrects the slips OCR makes that still read as Vietnamese, where the language model of official text
 * ({@link SyllableModel}) is confident: a tone or vowel mark read wrong ("Hội đông" for "Hội đồng", "quyên" for
 * "quyền", "Chu tịch" for "Chủ tịch").
 *
 * <p>A syllable may become another known syllable with the same letters and other marks only when the replacement
 * makes a pair with a neighbour that the counted texts have, and the model finds it {@link #MIN_RATIO} times
 * likelier between its two neighbours than what was read ("xã hội đông đảo" stays: "đông đảo" is common). Names are left alone: a
 * capitalised syllable beside another capitalised one ("Nguyễn Văn Hùng", "Hà Nội") is not touched, nor is a
 * syllable with no neighbour to judge it by. Everything else in the text (spacing, punctuation, lines) is kept.
 *
 * <p>Numbers are left as read, letters and all ("l6", "7l9"): a number is a value, not a word the model can
 * judge, and one with letters in it is what {@code ingest.FieldReview} flags for review rather than guesses (a
 * document's number or day read wrong is worse than one left for the archivist).
 */
public final class PostCorrection {
  /** How many times likelier (in context) a replacement must be than what was read. */
  static final double MIN_RATIO = 1000;
  private static final double MIN_LOG_RATIO = Math.log10(MIN_RATIO);
  private static final Pattern PHRASE = Pattern.compile("[\\p{L}\\p{M}]+(?:[ \\t]+[\\p{L}\\p{M}]+)*");
  private static final Pattern SYLLABLE = Pattern.compile("[\\p{L}\\p{M}]+");
  private PostCorrection() {}

  /** {@code text} (NFC) with the confident corrections made. */
  public static String correct(String text) {
    return correct(text, SyllableModel.official());
  }

  static String correct(String text, SyllableModel model) {
    String nfc = Diacritics.nfc(text);
    StringBuilder out = new StringBuilder(nfc);
    for (Matcher phrase = PHRASE.matcher(nfc); phrase.find(); ) {
      List<int[]> spans = new ArrayList<>();
      for (Matcher s = SYLLABLE.matcher(phrase.group()); s.find(); ) {
        spans.add(new int[] {phrase.start() + s.start(), phrase.start() + s.end()});
      }
      if (spans.size() < 2) continue;
      List<String> read = new ArrayList<>();
      for (int[] span : spans) read.add(nfc.substring(span[0], span[1]));
      List<String> lower = new ArrayList<>(read.stream().map(s -> s.toLowerCase(Locale.ROOT)).toList());
      for (int i = 0; i < read.size(); i++) {
        if (isName(read, i)) continue;
        String previous = i > 0 ? lower.get(i - 1) : null;
        String next = i + 1 < read.size() ? lower.get(i + 1) : null;
        String better = better(model, previous, lower.get(i), next);
        if (better == null) continue;
        lower.set(i, better);
        // same length in UTF-16 when NFC: marks differ, letters do not (đ and d are one char each)
        String cased = withCaseOf(read.get(i), better);
        if (cased.length() == spans.get(i)[1] - spans.get(i)[0]) out.replace(spans.get(i)[0], spans.get(i)[1], cased);
      }
    }
    return out.toString();
  }

  /** The replacement the model is confident of for {@code syllable} between its neighbours, or null. */
  private static String better(SyllableModel model, String previous, String syllable, String next) {
    double read = score(model, previous, syllable, next);
    String best = null;
    double bestScore = read + MIN_LOG_RATIO;
    for (String candidate : model.sameLetters(syllable)) {
      if (candidate.equals(syllable)) continue;
      boolean seen = previous != null && model.pairCount(previous, candidate) > 0
          || next != null && model.pairCount(candidate, next) > 0;
      double score = score(model, previous, candidate, next);
      if (seen && score >= bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  private static double score(SyllableModel model, String previous, String syllable, String next) {
    return model.logProbability(previous, syllable) + (next == null ? 0 : model.logProbability(syllable, next));
  }

  /** A capitalised (not all capitals) syllable beside another: part of a name, which the model cannot judge. */
  private static boolean isName(List<String> read, int i) {
    return isCapitalised(read.get(i))
        && (i > 0 && isCapitalised(read.get(i - 1)) || i + 1 < read.size() && isCapitalised(read.get(i + 1)));
  }

  private static boolean isCapitalised(String syllable) {
    return Character.isUpperCase(syllable.codePointAt(0))
        && !syllable.equals(syllable.toUpperCase(Locale.ROOT));
  }

  /** {@code lower} written in the case of {@code read}: all capitals, a capital first, or lower case. */
  private static String withCaseOf(String read, String lower) {
    if (read.length() > 1 && read.equals(read.toUpperCase(Locale.ROOT))) return lower.toUpperCase(Locale.ROOT);
    if (Character.isUpperCase(read.codePointAt(0))) {
      return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }
    return lower;
  }
}
