package vn.vankho.ingest.awards;

import java.util.List;
import java.util.function.Function;
import vn.vankho.text.AwardTerms;
import vn.vankho.text.ConfigTables;
import vn.vankho.text.CueTable;
import vn.vankho.text.Diacritics;
import vn.vankho.text.Phrases;

/** The award tables of index-config/, each read here once, their phrases made into lists the reader matches exactly. */
final class AwardTables {
  /** The forms of award, each standing for itself. */
  static final Phrases<String> FORMS = phrases(AwardTerms.forms(), form -> form, form -> form);
  /** The attribute each phrase of awardee-attributes.txt tells ("già làng" tells two). */
  static final Phrases<String> ATTRIBUTES = phrases(ConfigTables.rows("awardee-attributes.txt"), r -> r[1], r -> r[0]);
  /** The words an awardee line starts with, and the kind they tell. */
  static final Phrases<AwardTerms.KindCue> KINDS = phrases(AwardTerms.kinds(), AwardTerms.KindCue::words, k -> k);
  /** Of those, the forms of address, ranks and titles dropped from a name ("Ông", "Đại úy"). */
  static final Phrases<AwardTerms.KindCue> ADDRESSES = phrases(AwardTerms.kinds().stream()
      .filter(AwardTerms.KindCue::address).toList(), AwardTerms.KindCue::words, k -> k);
  static final Phrases<String> LEVELS = phrases(ConfigTables.rows("authority-levels.txt"), r -> r[1], r -> r[0]);
  /** Who gives a form a text leaves bare (award-givers.txt): the giver's words in search form, the bare form, the form. */
  record Giver(String words, String bareForm, String form) {}

  static final List<Giver> GIVERS = ConfigTables.rows("award-givers.txt").stream()
      .map(r -> new Giver(Diacritics.searchForm(r[0]), r[1], r[2])).toList();
  private static final CueTable<List<String>> CUES = CueTable.read("award-cues.txt");
  private static final CueTable<Phrases<String>> PHRASES = CUES.map(written -> phrases(written,
      Function.identity(), Diacritics::searchForm));

  private AwardTables() {}

  /** The phrases of {@code role} in award-cues.txt, each standing for its search form. */
  static Phrases<String> cues(String role) {
    return PHRASES.role(role);
  }

  /** The phrases of {@code role} in award-cues.txt as written, with their marks (NFC), for cues that need them. */
  static List<String> marked(String role) {
    return CUES.role(role);
  }

  private static <R, T> Phrases<T> phrases(List<R> rows, Function<R, String> phrase, Function<R, T> value) {
    Phrases<T> phrases = Phrases.exact();
    rows.forEach(row -> phrases.add(phrase.apply(row), value.apply(row)));
    return phrases;
  }
}
