package vn.vankho.testing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.vankho.text.Diacritics;
import vn.vankho.text.LegacyEncoding;

/**
 * Types Unicode Vietnamese as a typist of the 1990s would in a legacy font, by the archive's own tables
 * read backwards: "Quảng Ninh" becomes "Qu¶ng Ninh" in TCVN3, "Quaûng Ninh" in VNI. TCVN3 has no
 * capital with a tone mark; such a capital is typed as the small letter's code, as the capital fonts
 * (.VnTimeH) were used.
 */
public final class LegacyTyping {
  private LegacyTyping() {}

  /** {@code text} typed in {@code encoding}, as a text layer shows it. */
  public static String type(String text, LegacyEncoding encoding) {
    Map<String, String> codes = new HashMap<>();
    encoding.table().forEach((legacy, letter) -> codes.merge(letter, legacy, (a, b) -> a.length() <= b.length() ? a : b));
    StringBuilder out = new StringBuilder();
    Diacritics.nfc(text).codePoints().forEach(c -> {
      String letter = Character.toString(c);
      String code = codes.get(letter);
      if (code == null && Character.isUpperCase(c)) {
        code = codes.get(letter.toLowerCase(Locale.ROOT));
      }
      out.append(code != null ? code : letter);
    });
    return out.toString();
  }
}
