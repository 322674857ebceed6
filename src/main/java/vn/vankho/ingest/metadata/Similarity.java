package vn.vankho.ingest.metadata;

import vn.vankho.text.Diacritics;

/**
 * How close two texts are once marks, case, spacing and quote styles are set aside: 1 minus the edit
 * distance over the longer length. Free text read by OCR (a subject, a recipient) keeps its words but
 * not its marks, so it is judged this way against a clean transcription.
 */
final class Similarity {
  private Similarity() {}

  static double folded(String a, String b) {
    String x = comparable(a);
    String y = comparable(b);
    int longer = Math.max(x.length(), y.length());
    return longer == 0 ? 1.0 : 1.0 - (double) distance(x, y) / longer;
  }

  private static String comparable(String text) {
    return Diacritics.searchForm(text).replaceAll("[“”\"«»]", "\"").replaceAll("\\s+", " ").strip();
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
