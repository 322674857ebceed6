package vn.vankho.ingest.awards;

import static vn.vankho.ingest.awards.AwardClauses.after;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vankho.text.Diacritics;
import vn.vankho.text.FoldedText;
import vn.vankho.text.Phrases.Match;

/**
 * How a decision counts its awardees instead of naming them ("cho 02 cá nhân", "hai đồng chí", "các Bà mẹ", "5 tập
 * thể được ..."): the number and the kind its noun says.
 */
final class Counts {
  static final Pattern COUNT = Pattern.compile("^\\d");

  static final Pattern COUNT_DIGITS = Pattern.compile("^\\d+\\s+");

  // a second count in the same phrase ("23 tập thể và 05 gia đình")
  private static final Pattern COUNT_MORE = Pattern.compile("^\\d+\\s+\\p{L}+(?:\\s\\p{L}+)?\\s+va\\s+\\d+\\s+");

  /** What joins a second noun to a count's first ("các tập thể, cá nhân", "các tập thể và cá nhân"), in search form. */
  private static final Pattern AND_NEXT = Pattern.compile("\\s*(?:,\\s*|\\s+va\\s+)");

  /** How many awardees a text counts, and of what kind ("5 tập thể"). */
  record Count(int value, AwardeeKind kind) {}

  /**
   * The kind of awardees a passive's subject names without counting them: the subject is only the noun, maybe after
   * "các" or "những" ("Tập thể được tặng Bằng khen là A và B.", "Các cá nhân được tặng Bằng khen là ..."), so the list
   * that follows is all of them; null for any other subject ("Trường X là tập thể được tặng ...").
   */
  static Count subjectKind(FoldedText subject) {
    String words = subject.searchForm().strip();
    String passive = Diacritics.searchForm("được");
    if (!words.endsWith(passive)) {
      return null;
    }
    String noun = words.substring(0, words.length() - passive.length()).strip();
    KindLead lead = kindLead(FoldedText.of(noun));
    return lead != null && lead.end() == noun.length() ? new Count(0, lead.kind()) : null;
  }

  /** The words that open a list and say what its awardees are ("Các đồng chí", "Tập thể"): where they end, their kind. */
  record KindLead(int end, AwardeeKind kind) {}

  /** The words that say what a list's awardees are at the start of {@code text}, after "các" or "những"; else null. */
  static KindLead kindLead(FoldedText text) {
    int from = AwardTables.cues("count").at(text, 0).map(m -> m.end() + 1).orElse(0);
    for (AwardeeKind kind : AwardeeKind.values()) {
      Optional<Match<String>> noun = from <= text.length()
          ? AwardTables.cues(countNounRole(kind)).at(text, from) : Optional.empty();
      if (noun.isPresent()) {
        return new KindLead(noun.get().end(), kind);
      }
    }
    return null;
  }

  /** How many awardees of which kind a text counts first ("5 tập thể", "sáu đơn vị"); null when it counts none. */
  static Count announced(FoldedText text) {
    List<String> numbers = AwardTables.marked("count-number");
    for (int at = 0; at < text.length(); at++) {
      int from = at;
      boolean number = Character.isDigit(text.searchForm().charAt(at))
          || AwardTables.cues("count-number").at(text, from).isPresent();
      if (!number || at > 0 && Character.isLetterOrDigit(text.searchForm().charAt(at - 1))) {
        continue;
      }
      FoldedText rest = text.part(at, text.length());
      int noun = countNoun(rest);
      if (noun < 0) {
        continue;
      }
      Matcher digits = COUNT_DIGITS.matcher(rest.searchForm());
      int value = digits.find() ? Integer.parseInt(digits.group().strip()) : 0;
      for (int i = 0; value == 0 && i < numbers.size(); i++) {
        if (rest.startsWith(Diacritics.searchForm(numbers.get(i)))) {
          value = i + 2; // the table counts from "hai"
        }
      }
      return new Count(value, nounKind(rest, noun));
    }
    return null;
  }

  /**
   * The kind of awardees an article counts after "cho" ("02 cá nhân", "hai đồng chí", "6 tập thể"); null when it counts
   * none, or counts several kinds ("23 tập thể và 05 gia đình").
   */
  static AwardeeKind counted(FoldedText article, int from) {
    FoldedText rest = FoldedText.of(after(article, from));
    int noun = countNoun(rest);
    if (noun < 0) {
      // or counts them by what they are, after "các" or "những" ("cho các Bà mẹ: ...", "cho các cá nhân sau:"), of one
      // kind ("các tập thể, cá nhân" are of two)
      KindLead lead = AwardTables.cues("count").opens(rest) ? kindLead(rest) : null;
      if (lead == null) {
        return null;
      }
      Matcher and = AND_NEXT.matcher(rest.searchForm()).region(lead.end(), rest.length());
      AwardeeKind next = and.lookingAt() ? nounKind(rest, and.end()) : null;
      return next == null || next == lead.kind() ? lead.kind() : null;
    }
    AwardeeKind kind = nounKind(rest, noun);
    Matcher more = COUNT_MORE.matcher(rest.searchForm());
    return more.find() && nounKind(rest, more.end()) != kind ? null : kind;
  }

  /** Where the counted noun starts when {@code text} opens with a number, in digits or words, and one; else -1. */
  static int countNoun(FoldedText text) {
    Matcher digits = COUNT_DIGITS.matcher(text.searchForm());
    int at = digits.find() ? digits.end()
        : AwardTables.cues("count-number").at(text, 0).map(m -> m.end() + 1).orElse(-1);
    return at >= 0 && nounKind(text, at) != null ? at : -1;
  }

  /** The kind the counted noun at {@code at} names ("cá nhân", "đồng chí": individual); null when none starts there. */
  private static AwardeeKind nounKind(FoldedText text, int at) {
    for (AwardeeKind kind : AwardeeKind.values()) {
      if (AwardTables.cues(countNounRole(kind)).at(text, at).isPresent()) {
        return kind;
      }
    }
    return null;
  }

  /** The role in award-cues.txt of the nouns that count awardees of {@code kind} ("cá nhân", "tập thể"). */
  static String countNounRole(AwardeeKind kind) {
    return "count-noun-" + kind.name().toLowerCase(Locale.ROOT);
  }

  private Counts() {}
}
