package vn.vankho.text;

import java.util.List;

/**
 * The award tables that more than one part of the archive reads, each read here once: the forms of award
 * (index-config/award-forms.txt) and the words an awardee line starts with (index-config/awardee-kinds.txt).
 */
public final class AwardTerms {
  /**
   * A line of awardee-kinds.txt: the kind it tells ("individual", "household"), its words as written ("Ông"),
   * and whether they are a form of address, dropped from the awardee's name.
   */
  public record KindCue(String kind, String words, boolean address) {}

  private AwardTerms() {}

  private static final class Tables {
    static final List<String> FORMS = ConfigTables.rows("award-forms.txt").stream().map(row -> row[0]).toList();
    static final List<KindCue> KINDS = ConfigTables.rows("awardee-kinds.txt").stream()
        .map(row -> new KindCue(row[0], row[1], row.length > 2 && row[2].equals("strip"))).toList();
  }

  /** The forms of award in the table's order: "Huân chương", "Huân chương Sao vàng", ... */
  public static List<String> forms() {
    return Tables.FORMS;
  }

  /** The cues of awardee kinds in the table's order. */
  public static List<KindCue> kinds() {
    return Tables.KINDS;
  }
}
