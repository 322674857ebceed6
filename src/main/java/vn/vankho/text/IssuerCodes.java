package vn.vankho.text;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The issuer codes of document numbers (TW Trung ương, TU Tỉnh ủy, HU Huyện ủy, UBND, TTg ...), read once
 * from index-config/issuer-codes.txt.
 *
 * <p>{@link #canonical} reads a code as written, then as OCR garbles it: "hu" and "HỦ" give "HU" (case
 * and stray marks ignored), "HPND" gives "HĐND" (P read for Đ, taken only when the P spelling is no code).
 */
public final class IssuerCodes {
  private static final char LETTER_P = 'P';
  private static final char CAPITAL_D_WITH_STROKE = '\u0110';

  private IssuerCodes() {}

  private static final class Holder {
    static final CodeTable TABLE = CodeTable.load("issuer-codes.txt");
  }

  /** The code as the table spells it, for a known code written in any case, with stray marks or P for Đ. */
  public static Optional<String> canonical(String written) {
    if (Holder.TABLE.all().containsKey(written)) {
      return Optional.of(written);
    }
    Optional<String> folded = Holder.TABLE.code(written);
    if (folded.isPresent()) {
      return folded;
    }
    String upper = written.toUpperCase(Locale.ROOT);
    if (upper.indexOf(LETTER_P) < 0) {
      return Optional.empty();
    }
    // folding reads Đ as D, so a P misread for Đ is looked up as D; only codes that have a Đ qualify
    return Holder.TABLE.code(upper.replace(LETTER_P, 'D'))
        .filter(code -> code.indexOf(CAPITAL_D_WITH_STROKE) >= 0);
  }

  /** The body a code names: "HU" gives "Huyện ủy". */
  public static Optional<String> name(String code) {
    return Holder.TABLE.name(code);
  }

  /** Every code with its name, in the table's order. */
  public static Map<String, String> all() {
    return Holder.TABLE.all();
  }
}
