package vn.vankho.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether a word is one well-formed Vietnamese syllable: onset + rhyme + tone, the lists and rules of
 * index-config/syllables.txt.
 *
 * <ul>
 *   <li>The onset is one of the listed ones or none; the rest, without its tone mark, is a listed rhyme:
 *       "nghiêng" is ngh + iêng, "khuyến" kh + uyên + sắc, "đua" đ + ua.
 *   <li>At most one tone mark ("thưởng"); a rhyme ending in p, t, c or ch takes only sắc or nặng: "cáp" is
 *       valid, "càp" is not.
 *   <li>k, gh, ngh only before i, e, ê, y ("kan" is not valid); c, g, ng never before them ("ngiêng",
 *       "ciia" are not valid); q only as qu.
 *   <li>gi takes the leading i of a rhyme: "gìn" is gi + in.
 * </ul>
 * Letters outside the Vietnamese alphabet (f, j, w, z) make a word invalid: "thuwéng", "Ping" are OCR
 * slips, not syllables. Case is ignored; any normalization form is accepted. Loanwords and names written
 * in a foreign spelling are not syllables either: a page's score tolerates a few.
 *
 * <p>The syllable tables are read here and nowhere else: syllables.txt, and common-syllables.txt for the
 * index's common grams and the synthetic corpus of the benchmarks.
 */
public final class VietnameseSyllables {
  private VietnameseSyllables() {}

  private static final class Rules {
    static final Map<String, List<String>> TABLE = load();
    static final List<String> ONSETS = TABLE.get("onsets").stream()
        .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    static final Set<String> RHYMES = Set.copyOf(TABLE.get("rhymes"));
    static final List<String> STOP_FINALS = TABLE.get("stop-finals");
    static final Set<Tone> STOP_TONES = TABLE.get("stop-tones").stream()
        .map(name -> Tone.named(name).orElseThrow(() -> new IllegalStateException("unknown tone " + name)))
        .collect(Collectors.toUnmodifiableSet());
    static final List<String> FRONT_VOWELS = TABLE.get("front-vowels");
    static final Set<String> FRONT_ONLY = Set.copyOf(TABLE.get("front-only-onsets"));
    static final Set<String> NOT_FRONT = Set.copyOf(TABLE.get("not-front-onsets"));
    static final Set<String> ABSORBS_I = Set.copyOf(TABLE.get("absorbs-i"));
    static final List<String> NOT_AFTER_QU = TABLE.get("not-after-qu");

    private static Map<String, List<String>> load() {
      Map<String, List<String>> table = new HashMap<>();
      for (String[] row : ConfigTables.rows("syllables.txt")) {
        table.computeIfAbsent(row[0], k -> new ArrayList<>())
            .addAll(Arrays.asList(row[1].split(" +")));
      }
      table.replaceAll((group, words) -> List.copyOf(words));
      return table;
    }
  }

  private static final class Common {
    static final List<String> LIST = ConfigTables.rows("common-syllables.txt").stream().map(row -> row[0]).toList();
  }

  /** The onsets of syllables.txt in the table's order. */
  public static List<String> onsets() {
    return Rules.TABLE.get("onsets");
  }

  /** The rhymes of syllables.txt (without tone) in the table's order. */
  public static List<String> rhymes() {
    return Rules.TABLE.get("rhymes");
  }

  /** The commonest syllables of running text, commonest first, as index-config/common-syllables.txt writes them. */
  public static List<String> commonest() {
    return Common.LIST;
  }

  /** True when {@code word} is one well-formed Vietnamese syllable: "nghiêng", "Khuyến"; not "ciia". */
  public static boolean isValid(String word) {
    Tone.Toned toned = Tone.split(Diacritics.lower(word)).orElse(null);
    if (toned == null || toned.bare().isEmpty()) {
      return false;
    }
    String bare = toned.bare();
    if (rhymeAllowed(bare, toned.tone())) {
      return true;
    }
    for (String onset : Rules.ONSETS) {
      if (bare.startsWith(onset) && bare.length() > onset.length()) {
        String rhyme = bare.substring(onset.length());
        if (onsetAllowed(onset, rhyme) && rhymeAllowed(rhyme, toned.tone())) {
          return true;
        }
        if (Rules.ABSORBS_I.contains(onset) && rhymeAllowed("i" + rhyme, toned.tone())) {
          return true;
        }
      }
    }
    return Rules.ABSORBS_I.contains(bare); // "gì": gi + i, the i written once
  }

  private static boolean onsetAllowed(String onset, String rhyme) {
    boolean front = Rules.FRONT_VOWELS.stream().anyMatch(rhyme::startsWith);
    if (Rules.FRONT_ONLY.contains(onset) && !front) {
      return false;
    }
    if (Rules.NOT_FRONT.contains(onset) && front) {
      return false;
    }
    return !onset.equals("qu") || Rules.NOT_AFTER_QU.stream().noneMatch(rhyme::startsWith);
  }

  private static boolean rhymeAllowed(String rhyme, Tone tone) {
    if (!Rules.RHYMES.contains(rhyme)) {
      return false;
    }
    boolean stop = Rules.STOP_FINALS.stream().anyMatch(rhyme::endsWith);
    return !stop || Rules.STOP_TONES.contains(tone);
  }
}
