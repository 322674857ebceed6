package vn.vankho.text;

/**
 * Levenshtein distance: the fewest single-character insertions, deletions and substitutions that turn
 * one string into the other ("thuong" to "thuwéng" is 2). Compares UTF-16 chars; give it NFC text.
 */
public final class EditDistance {
  private EditDistance() {}

  public static int between(CharSequence a, CharSequence b) {
    // no two strings are further apart than the longer one's length, so that limit never cuts the count short
    return atMost(a, b, Math.max(a.length(), b.length()));
  }

  /**
   * The distance when it is at most {@code limit}, else {@code limit + 1}: at once when the lengths alone put it
   * over, and as soon as a whole row of the table is over, since the rows below can only be larger. Phrase
   * matching asks this of every word against every cue word, nearly always of words far apart.
   */
  public static int atMost(CharSequence a, CharSequence b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMinimum = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMinimum = Math.min(rowMinimum, cur[j]);
      }
      if (rowMinimum > limit) {
        return limit + 1;
      }
      int[] swap = prev;
      prev = cur;
      cur = swap;
    }
    return Math.min(prev[b.length()], limit + 1);
  }
}
