package vn.vankho.text;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The six tones of Vietnamese and the combining marks that write five of them: ngang (no mark),
 * huyền U+0300, sắc U+0301, hỏi U+0309, ngã U+0303, nặng U+0323. {@link #split} takes the mark off a
 * syllable: "thưởng" gives "thương" and hỏi; the vowel marks (â, ơ, ư ...) stay.
 */
enum Tone {
  NGANG(Tone.NO_MARK, "ngang"),
  HUYEN(Tone.COMBINING_GRAVE, "huyền"),
  SAC(Tone.COMBINING_ACUTE, "sắc"),
  HOI(Tone.COMBINING_HOOK_ABOVE, "hỏi"),
  NGA(Tone.COMBINING_TILDE, "ngã"),
  NANG(Tone.COMBINING_DOT_BELOW, "nặng");

  private static final char NO_MARK = '\0';
  private static final char COMBINING_GRAVE = '\u0300';
  private static final char COMBINING_ACUTE = '\u0301';
  private static final char COMBINING_TILDE = '\u0303';
  private static final char COMBINING_HOOK_ABOVE = '\u0309';
  private static final char COMBINING_DOT_BELOW = '\u0323';

  private final char mark;
  private final String vietnameseName;

  Tone(char mark, String vietnameseName) {
    this.mark = mark;
    this.vietnameseName = vietnameseName;
  }

  /** A syllable without its tone mark, and the tone it had. */
  record Toned(String bare, Tone tone) {}

  /** The combining mark, or none for ngang. */
  String mark() {
    return mark == NO_MARK ? "" : String.valueOf(mark);
  }

  /** The tone named in Vietnamese, as the data tables write it: "sắc", "nặng". */
  static Optional<Tone> named(String name) {
    for (Tone tone : values()) {
      if (tone.vietnameseName.equals(name)) {
        return Optional.of(tone);
      }
    }
    return Optional.empty();
  }

  /**
   * Takes the tone mark off {@code word} (any normalization form): the bare word in NFC and its tone;
   * empty when the word carries two tone marks, which no single syllable does.
   */
  static Optional<Toned> split(String word) {
    String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
    StringBuilder bare = new StringBuilder(decomposed.length());
    Tone found = NGANG;
    for (int i = 0; i < decomposed.length(); i++) {
      Tone tone = ofMark(decomposed.charAt(i));
      if (tone == NGANG) {
        bare.append(decomposed.charAt(i));
      } else if (found == NGANG) {
        found = tone;
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(new Toned(Diacritics.nfc(bare), found));
  }

  private static Tone ofMark(char c) {
    for (Tone tone : values()) {
      if (tone != NGANG && tone.mark == c) {
        return tone;
      }
    }
    return NGANG;
  }
}
