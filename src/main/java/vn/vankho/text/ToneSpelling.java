package vn.vankho.text;

import java.util.List;
import java.util.Set;

/**
 * One spelling for words that Vietnamese writes two correct ways, for the exact-diacritic index field.
 *
 * <ul>
 *   <li>Tone on oa, oe, uy in an open syllable goes on the first vowel (the older, commoner placement in
 *       official documents): "hoà" becomes "hòa", "khoẻ" "khỏe", "thuý" "thúy", "uỷ" "ủy".
 *   <li>Otherwise the tone goes where both placements agree: on the vowel with a vowel mark ("tưởng",
 *       "cuối", "khuyến"), on the last vowel before a final consonant ("hoàng", "toán"), on the first of
 *       two vowels ("mùa", "kìa"), on the middle of three ("ngoài", "khuỷu").
 *   <li>A syllable whose whole rhyme is i after h, k, l, m, n, s, t or qu is written with y: "kì" becomes
 *       "kỳ", "lí" "lý", "mĩ" "mỹ", "sĩ" "sỹ", "quí" "quý". y stays where it is ("yêu", "huy", "quy");
 *       i stays after other onsets ("bi", "chi", "thi") and before a final ("kinh").
 * </ul>
 * Words that are not one Vietnamese syllable (two tone marks, vowels after the final, no vowel) keep
 * their spelling. Output is NFC and lower case, whatever the default locale.
 */
public final class ToneSpelling {
  private static final String VOWELS = "aăâeêioôơuưy";
  private static final String MARKED_VOWELS = "ăâêôơư";
  /** Longest first, so "ngh" wins over "ng". */
  private static final List<String> ONSETS = List.of(
      "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
      "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "q", "r", "s", "t", "v", "x");
  private static final Set<String> Y_AFTER = Set.of("h", "k", "l", "m", "n", "s", "t", "qu");

  private ToneSpelling() {}

  /** {@code text} lower-cased, NFC, each word in its one exact spelling: "Hoà KÌ" gives "hòa kỳ". */
  public static String exactForm(CharSequence text) {
    String lower = Diacritics.lower(Diacritics.nfc(text));
    StringBuilder out = new StringBuilder(lower.length());
    int start = 0;
    for (int i = 0; i <= lower.length(); i++) {
      if (i == lower.length() || !Character.isLetter(lower.charAt(i))) {
        if (start < i) {
          out.append(respell(lower.substring(start, i)));
        }
        if (i < lower.length()) {
          out.append(lower.charAt(i));
        }
        start = i + 1;
      }
    }
    return out.toString();
  }

  private static String respell(String word) {
    Tone.Toned toned = Tone.split(word).orElse(null);
    if (toned == null) {
      return word;
    }
    String bare = toned.bare();
    int onsetEnd = onsetLength(bare);
    int nucleusEnd = onsetEnd;
    while (nucleusEnd < bare.length() && isVowel(bare.charAt(nucleusEnd))) {
      nucleusEnd++;
    }
    if (nucleusEnd == onsetEnd || bare.chars().skip(nucleusEnd).anyMatch(c -> isVowel((char) c))) {
      return word;
    }
    String onset = bare.substring(0, onsetEnd);
    String nucleus = bare.substring(onsetEnd, nucleusEnd);
    boolean closed = nucleusEnd < bare.length();
    if (!closed && nucleus.equals("i") && Y_AFTER.contains(onset)) {
      nucleus = "y";
      bare = onset + nucleus;
    }
    if (toned.tone() == Tone.NGANG) {
      return bare;
    }
    int at = tonePosition(nucleus, closed);
    if (at < 0) {
      return word;
    }
    int mark = onsetEnd + at + 1;
    return Diacritics.nfc(bare.substring(0, mark) + toned.tone().mark() + bare.substring(mark));
  }

  /** Where in the vowel nucleus the tone mark goes, or -1 when the nucleus is no Vietnamese one. */
  private static int tonePosition(String nucleus, boolean closed) {
    for (int i = nucleus.length() - 1; i >= 0; i--) {
      if (MARKED_VOWELS.indexOf(nucleus.charAt(i)) >= 0) {
        return i;
      }
    }
    if (closed) {
      return nucleus.length() - 1;
    }
    return switch (nucleus.length()) {
      case 1, 2 -> 0;
      case 3 -> 1;
      default -> -1;
    };
  }

  /** The onset's length; "gi" and "qu" are onsets only before another vowel ("gì" is g + i). */
  static int onsetLength(String bare) {
    for (String onset : ONSETS) {
      if (bare.startsWith(onset)) {
        boolean glide = onset.equals("gi") || onset.equals("qu");
        if (!glide || bare.length() > 2 && isVowel(bare.charAt(2))) {
          return onset.length();
        }
      }
    }
    return 0;
  }

  private static boolean isVowel(char c) {
    return VOWELS.indexOf(c) >= 0;
  }
}
