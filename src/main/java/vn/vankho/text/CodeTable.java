package vn.vankho.text;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A table of codes and their names (code<TAB>name) from index-config/, looked up as written or
 * folded: "qđ", "QD" and "QĐ" all find QĐ. When two codes fold alike, the first in the table wins.
 */
final class CodeTable {
  private final Map<String, String> namesByCode;
  private final Map<String, String> codesByFolded;

  private CodeTable(Map<String, String> namesByCode) {
    this.namesByCode = Collections.unmodifiableMap(namesByCode);
    Map<String, String> folded = new LinkedHashMap<>();
    namesByCode.keySet().forEach(code -> folded.putIfAbsent(Diacritics.searchForm(code), code));
    this.codesByFolded = Map.copyOf(folded);
  }

  static CodeTable load(String name) {
    Map<String, String> table = new LinkedHashMap<>();
    for (String[] row : ConfigTables.rows(name)) {
      table.put(row[0], row[1]);
    }
    return new CodeTable(table);
  }

  /** The code as the table spells it, for a code written in any case, with or without marks. */
  Optional<String> code(String written) {
    return Optional.ofNullable(codesByFolded.get(Diacritics.searchForm(written)));
  }

  Optional<String> name(String code) {
    return Optional.ofNullable(namesByCode.get(code));
  }

  Map<String, String> all() {
    return namesByCode;
  }
}
