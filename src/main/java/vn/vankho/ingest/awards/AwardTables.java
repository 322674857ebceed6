package vn.vankho.ingest.awards;

import java.util.Comparator;
import java.util.List;
import vn.vankho.text.AwardTerms;
import vn.vankho.text.ConfigTables;
import vn.vankho.text.CueTable;
import vn.vankho.text.Diacritics;

/** The award tables of index-config/, each phrase with its search form; the longest phrases first. */
final class AwardTables {
  /** A phrase of a table, the value it stands for, and whether it is dropped from a name ("Ông", "Bà"). */
  record Cue(String key, String value, boolean strip) {}

  static final List<Cue> FORMS = sorted(AwardTerms.forms().stream()
      .map(form -> new Cue(Diacritics.searchForm(form), form, false)).toList());
  static final List<Cue> ATTRIBUTES = sorted(ConfigTables.rows("awardee-attributes.txt").stream()
      .map(r -> new Cue(Diacritics.searchForm(r[1]), r[0], false)).toList());
  static final List<Cue> KINDS = sorted(AwardTerms.kinds().stream()
      .map(k -> new Cue(Diacritics.searchForm(k.words()), k.kind(), k.address())).toList());
  static final List<Cue> LEVELS = sorted(ConfigTables.rows("authority-levels.txt").stream()
      .map(r -> new Cue(Diacritics.searchForm(r[1]), r[0], false)).toList());
  /** Who gives a form a text leaves bare (award-givers.txt): the giver's words in search form, the bare form, the form. */
  record Giver(String words, String bareForm, String form) {}

  static final List<Giver> GIVERS = ConfigTables.rows("award-givers.txt").stream()
      .map(r -> new Giver(Diacritics.searchForm(r[0]), r[1], r[2])).toList();
  private static final CueTable<List<String>> CUES = CueTable.read("award-cues.txt");
  private static final CueTable<List<String>> SEARCH_FORMS = CUES.map(phrases -> phrases.stream()
      .map(Diacritics::searchForm).sorted(Comparator.comparingInt(String::length).reversed()).toList());

  private AwardTables() {}

  /** The search forms of the phrases of {@code role} in award-cues.txt, longest first. */
  static List<String> cues(String role) {
    return SEARCH_FORMS.role(role);
  }

  /** The phrases of {@code role} in award-cues.txt as written, with their marks (NFC), for cues that need them. */
  static List<String> marked(String role) {
    return CUES.role(role);
  }

  private static List<Cue> sorted(List<Cue> cues) {
    return cues.stream().sorted(Comparator.comparingInt((Cue c) -> c.key().length()).reversed()).toList();
  }
}
