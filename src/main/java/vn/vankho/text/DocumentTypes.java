package vn.vankho.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The type codes of official documents (CT Chỉ thị, KH Kế hoạch, QĐ Quyết định ...), read once from
 * index-config/document-types.txt.
 */
public final class DocumentTypes {
  private DocumentTypes() {}

  private static final class Holder {
    static final Map<String, String> NAMES_BY_CODE = load();
    static final Map<String, String> CODES_BY_FOLDED = foldedIndex(NAMES_BY_CODE);
  }

  /** The code as the table spells it, for a code written in any case, with or without marks. */
  public static Optional<String> canonicalCode(String written) {
    return Optional.ofNullable(Holder.CODES_BY_FOLDED.get(Diacritics.searchForm(written)));
  }

  /** The Vietnamese name of a type code: "KH" gives "Kế hoạch". */
  public static Optional<String> name(String code) {
    return Optional.ofNullable(Holder.NAMES_BY_CODE.get(code));
  }

  /** Every code with its name, in the table's order. */
  public static Map<String, String> all() {
    return Holder.NAMES_BY_CODE;
  }

  private static Map<String, String> foldedIndex(Map<String, String> namesByCode) {
    Map<String, String> index = new LinkedHashMap<>();
    // the first code wins a folded collision: QĐ (Quyết định) is far commoner than a bare QD
    namesByCode.keySet().forEach(code -> index.putIfAbsent(Diacritics.searchForm(code), code));
    return Map.copyOf(index);
  }

  private static Map<String, String> load() {
    Map<String, String> table = new LinkedHashMap<>();
    for (String[] row : ConfigTables.rows("document-types.txt")) {
      table.put(row[0], row[1]);
    }
    return Collections.unmodifiableMap(table);
  }
}
