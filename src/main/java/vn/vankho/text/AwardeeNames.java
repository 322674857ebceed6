package vn.vankho.text;

import java.util.List;

/**
 * When two written names may be one awardee: the same name with or without marks, with or without a form
 * of address ("Ông", "Bà", from index-config/awardee-kinds.txt), or with an OCR slip or two. Only ever a
 * reason to offer a merge: two people may well share a name.
 */
public final class AwardeeNames {
  private static final List<String> ADDRESSES = AwardTerms.kinds().stream()
      .filter(AwardTerms.KindCue::address).map(k -> Diacritics.searchForm(k.words()) + " ").toList();
  /** Letters per slip allowed: "Nguyễn Văn Hùng" (15) may differ by one, longer names by two. */
  private static final int LETTERS_PER_SLIP = 12;

  private AwardeeNames() {}

  /** The name without marks, case, punctuation or a leading form of address: "Ông Nguyễn Văn A." is "nguyen van a". */
  public static String key(String name) {
    String key = Diacritics.wordsForm(name);
    for (String address : ADDRESSES) {
      if (key.startsWith(address)) {
        return key.substring(address.length()).strip();
      }
    }
    return key;
  }

  /** Whether {@code a} and {@code b} may name the same awardee. */
  public static boolean alike(String a, String b) {
    String first = key(a);
    String second = key(b);
    int slips = 1 + Math.max(first.length(), second.length()) / LETTERS_PER_SLIP;
    return !first.isEmpty() && EditDistance.atMost(first, second, slips) <= Math.min(slips, 2);
  }
}
