package vn.vankho.ingest.metadata;

import vn.vankho.text.Diacritics;
import vn.vankho.text.EditDistance;

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
    return longer == 0 ? 1.0 : 1.0 - (double) EditDistance.between(x, y) / longer;
  }

  private static String comparable(String text) {
    return Diacritics.searchForm(text).replaceAll("[“”\"«»]", "\"").replaceAll("\\s+", " ").strip();
  }
}
