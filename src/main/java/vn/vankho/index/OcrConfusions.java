package vn.vankho.index;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.vankho.text.ConfigTables;

/**
 * Rewrites a folded, lower-case word so that OCR's usual misreadings of Vietnamese meet the word meant:
 * "thuweng" becomes "thueng" (closer to "thuong"), "ciia" "cua", "pam" "dam", "s6" "so". The rules are
 * data, in index-config/ocr-confusions.txt, applied in order.
 */
final class OcrConfusions {
  private OcrConfusions() {}

  private record Rule(Pattern pattern, String replacement) {}

  private static final class Holder {
    static final List<Rule> RULES = load();
  }

  static String rewrite(String foldedWord) {
    String word = foldedWord;
    for (Rule rule : Holder.RULES) {
      word = rule.pattern().matcher(word).replaceAll(rule.replacement());
    }
    return word;
  }

  private static List<Rule> load() {
    List<Rule> rules = new ArrayList<>();
    for (String[] row : ConfigTables.rows("ocr-confusions.txt")) {
      rules.add(new Rule(Pattern.compile(row[0]), row[1]));
    }
    return List.copyOf(rules);
  }
}
