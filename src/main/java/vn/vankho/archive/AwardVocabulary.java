package vn.vankho.archive;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.vankho.text.AwardTerms;
import vn.vankho.text.ConfigTables;

/**
 * The words officials choose awards by: the forms of award (index-config/award-forms.txt) and the labels
 * of the codes stored for awardee kinds, authority levels, attributes and statuses
 * (index-config/award-labels.txt), in the order the tables list them.
 */
public record AwardVocabulary(List<String> forms, Map<String, String> kinds, Map<String, String> levels,
    Map<String, String> attributes, Map<String, String> statuses) {

  public static final AwardVocabulary TABLES = load();

  private static AwardVocabulary load() {
    Map<String, Map<String, String>> groups = new LinkedHashMap<>();
    for (String[] row : ConfigTables.rows("award-labels.txt")) {
      groups.computeIfAbsent(row[0], g -> new LinkedHashMap<>()).put(row[1], row[2]);
    }
    return new AwardVocabulary(AwardTerms.forms(), group(groups, "kind"), group(groups, "level"), group(groups, "attribute"),
        group(groups, "status"));
  }

  private static Map<String, String> group(Map<String, Map<String, String>> groups, String name) {
    Map<String, String> group = groups.get(name);
    if (group == null) {
      throw new IllegalStateException("award-labels.txt has no " + name);
    }
    return Collections.unmodifiableMap(group);
  }

  /** The label of {@code code} in {@code labels}, or the code itself when the table has none. */
  public static String label(Map<String, String> labels, String code) {
    return code == null ? "" : labels.getOrDefault(code, code);
  }
}
