package vn.vankho.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Abbreviations of official documents with their expansions ("UBND": "Ủy ban nhân dân"), read once from
 * index-config/abbreviations.txt. Lookup keeps case and ignores marks: "HDND" is HĐND, "ubnd" is no
 * abbreviation (lower-case words are read as words).
 */
public final class Abbreviations {
  private Abbreviations() {}

  private static final class Holder {
    static final Map<String, List<String>> EXPANSIONS = load();
    static final Map<String, String> BY_FOLDED = foldedIndex(EXPANSIONS);
  }

  /** True when {@code token} is a known abbreviation as written, marks aside: "UBND", "HDND", "TTg". */
  public static boolean isKnown(String token) {
    return Holder.BY_FOLDED.containsKey(Diacritics.fold(Diacritics.nfc(token)));
  }

  /** The expansions of an abbreviation, in the table's order: "CT" gives "Chỉ thị", "Chủ tịch". */
  public static List<String> expansions(String token) {
    String abbreviation = Holder.BY_FOLDED.get(Diacritics.fold(Diacritics.nfc(token)));
    return abbreviation == null ? List.of() : Holder.EXPANSIONS.get(abbreviation);
  }

  /** Every abbreviation with its expansions, in the table's order. */
  public static Map<String, List<String>> all() {
    return Holder.EXPANSIONS;
  }

  private static Map<String, String> foldedIndex(Map<String, List<String>> expansions) {
    Map<String, String> index = new LinkedHashMap<>();
    expansions.keySet().forEach(abbreviation -> index.putIfAbsent(Diacritics.fold(abbreviation), abbreviation));
    return Map.copyOf(index);
  }

  private static Map<String, List<String>> load() {
    Map<String, List<String>> table = new LinkedHashMap<>();
    for (String[] row : ConfigTables.rows("abbreviations.txt")) {
      table.computeIfAbsent(row[0], k -> new ArrayList<>()).add(row[1]);
    }
    table.replaceAll((k, v) -> List.copyOf(v));
    return Collections.unmodifiableMap(table);
  }
}
