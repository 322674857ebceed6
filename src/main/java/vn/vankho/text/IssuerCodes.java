package vn.vankho.text;

import java.util.Collections;
import java.util.LinkedHashMap;
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
    static final Map<String, String> NAMES_BY_CODE = load();
    static final Map<String, String> CODES_BY_FOLDED = foldedIndex(NAMES_BY_CODE);
  }

  /** The code as the table spells it, for a known code written in any case, with stray marks or P for Đ. */
  public static Optional<String> canonical(String written) {
    if (Holder.NAMES_BY_CODE.containsKey(written)) {
      return Optional.of(written);
    }
    String folded = Holder.CODES_BY_FOLDED.get(Diacritics.searchForm(written));
    if (folded != null) {
      return Optional.of(folded);
    }
    String upper = written.toUpperCase(Locale.ROOT);
    if (upper.indexOf(LETTER_P) < 0) {
      return Optional.empty();
    }
    // folding reads Đ as D, so a P misread for Đ is looked up as D; only codes that have a Đ qualify
    return Optional.ofNullable(Holder.CODES_BY_FOLDED.get(Diacritics.searchForm(upper.replace(LETTER_P, 'D'))))
        .filter(code -> code.indexOf(CAPITAL_D_WITH_STROKE) >= 0);
  }

  /** The body a code names: "HU" gives "Huyện ủy". */
  public static Optional<String> name(String code) {
    return Optional.ofNullable(Holder.NAMES_BY_CODE.get(code));
  }

  /** Every code with its name, in the table's order. */
  public static Map<String, String> all() {
    return Holder.NAMES_BY_CODE;
  }

  private static Map<String, String> foldedIndex(Map<String, String> namesByCode) {
    Map<String, String> index = new LinkedHashMap<>();
    namesByCode.keySet().forEach(code -> index.putIfAbsent(Diacritics.searchForm(code), code));
    return Map.copyOf(index);
  }

  private static Map<String, String> load() {
    Map<String, String> table = new LinkedHashMap<>();
    for (String[] row : ConfigTables.rows("issuer-codes.txt")) {
      table.put(row[0], row[1]);
    }
    return Collections.unmodifiableMap(table);
  }
}
