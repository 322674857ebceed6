package vn.vankho.ingest.ocr;

import java.text.Normalizer;

/**
 * Character error rate of OCR output against a reference: the Levenshtein distance between the two texts
 * in Unicode code points, divided by the reference's length. Both texts are put in NFC first, so that "ế"
 * composed or decomposed counts as one character, and every run of white space counts as one space, because
 * where Tesseract breaks lines is layout, not a misread letter. 0 is perfect; above 1 is possible.
 */
public final class CharacterErrorRate {
  private CharacterErrorRate() {}

  public static double of(String reference, String hypothesis) {
    int[] ref = canonical(reference);
    int[] hyp = canonical(hypothesis);
    if (ref.length == 0) return hyp.length == 0 ? 0 : 1;
    return (double) distance(ref, hyp) / ref.length;
  }

  /** The length {@link #of} divides by: the reference's code points, NFC, white space runs as one space. */
  public static int length(String reference) {
    return canonical(reference).length;
  }

  /**
   * The error rate of the characters alone, whatever the reading order: each line of the reference is
   * matched where it reads best in the hypothesis (an approximate substring match: the edit distance to the
   * closest stretch of it), and the distances are summed over the reference's length. A page whose header
   * columns or signature block come out interleaved with the recipients ("Nơi nhận: KT. THỦ TƯỚNG") scores
   * what it misread, not where it put it; text in the hypothesis that is in no reference line (a seal's rim)
   * costs nothing.
   */
  public static double ofLines(String reference, String hypothesis) {
    int[] hyp = canonical(hypothesis);
    int errors = 0;
    int length = 0;
    for (String line : reference.split("\\R")) {
      int[] ref = canonical(line);
      if (ref.length == 0) continue;
      errors += substringDistance(ref, hyp);
      length += ref.length;
    }
    return length == 0 ? (hyp.length == 0 ? 0 : 1) : (double) errors / length;
  }

  /** Edit distance from {@code a} to the closest substring of {@code b}: free start and end in b. */
  private static int substringDistance(int[] a, int[] b) {
    int best = a.length;
    for (int value : lastRow(a, b, true)) best = Math.min(best, value);
    return best;
  }

  private static int[] canonical(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ").codePoints().toArray();
  }

  private static int distance(int[] a, int[] b) {
    return lastRow(a, b, false)[b.length];
  }

  /**
   * The last row of the Levenshtein table of {@code a} against {@code b}: entry j is the distance from all of a to
   * b's first j characters. With {@code anywhere}, a may start at any point of b for free.
   */
  private static int[] lastRow(int[] a, int[] b, boolean anywhere) {
    int[] previous = new int[b.length + 1];
    int[] current = new int[b.length + 1];
    for (int j = 0; j <= b.length; j++) previous[j] = anywhere ? 0 : j;
    for (int i = 1; i <= a.length; i++) {
      current[0] = i;
      for (int j = 1; j <= b.length; j++) {
        int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous;
  }
}
