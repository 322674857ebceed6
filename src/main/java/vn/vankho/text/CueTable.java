package vn.vankho.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A table of cue phrases by role, as index-config/document-cues.txt and award-cues.txt write them: one
 * {@code role<TAB>phrase} a row, each role's phrases in the table's order; or what a reader made of each role's
 * phrases to match them with ({@link #map}). A role the code asks for that the table lacks is a build fault,
 * so it fails loudly.
 */
public final class CueTable<T> {
  private final String name;
  private final Map<String, T> byRole;

  private CueTable(String name, Map<String, T> byRole) {
    this.name = name;
    this.byRole = byRole;
  }

  /** The table index-config/{@code name}: each role's phrases as written (NFC). */
  public static CueTable<List<String>> read(String name) {
    Map<String, List<String>> phrases = new LinkedHashMap<>();
    for (String[] row : ConfigTables.rows(name)) {
      phrases.computeIfAbsent(row[0], role -> new ArrayList<>()).add(row[1]);
    }
    phrases.replaceAll((role, list) -> List.copyOf(list));
    return new CueTable<>(name, phrases);
  }

  /** The same roles, each made once into {@code matcher} of what it held. */
  public <U> CueTable<U> map(Function<T, U> matcher) {
    Map<String, U> made = new LinkedHashMap<>();
    byRole.forEach((role, value) -> made.put(role, matcher.apply(value)));
    return new CueTable<>(name, made);
  }

  /** What the table holds for {@code role}. */
  public T role(String role) {
    T found = byRole.get(role);
    if (found == null) {
      throw new IllegalStateException(name + " has no role " + role);
    }
    return found;
  }
}
