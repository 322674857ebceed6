package vn.vankho.text;

import java.util.Map;
import java.util.Optional;

/**
 * The type codes of official documents (CT Chỉ thị, KH Kế hoạch, QĐ Quyết định ...), read once from
 * index-config/document-types.txt.
 */
public final class DocumentTypes {
  private DocumentTypes() {}

  private static final class Holder {
    static final CodeTable TABLE = CodeTable.load("document-types.txt");
  }

  /** The code as the table spells it, for a code written in any case, with or without marks. */
  public static Optional<String> canonicalCode(String written) {
    return Holder.TABLE.code(written);
  }

  /** The Vietnamese name of a type code: "KH" gives "Kế hoạch". */
  public static Optional<String> name(String code) {
    return Holder.TABLE.name(code);
  }

  /** Every code with its name, in the table's order. */
  public static Map<String, String> all() {
    return Holder.TABLE.all();
  }
}
