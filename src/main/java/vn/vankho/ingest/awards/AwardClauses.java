package vn.vankho.ingest.awards;

import static vn.vankho.ingest.awards.AwardText.endOf;
import static vn.vankho.ingest.awards.AwardText.first;
import static vn.vankho.ingest.awards.AwardText.trim;
import static vn.vankho.ingest.awards.AwardText.words;
import static vn.vankho.ingest.awards.Counts.COUNT;
import static vn.vankho.ingest.awards.Counts.countNoun;
import static vn.vankho.ingest.awards.Counts.counted;

import java.util.stream.Stream;
import vn.vankho.text.FoldedText;
import vn.vankho.text.Phrases.Match;

/**
 * What an award article or a report's clause says of all its awardees: the form after its verb (whole words, or glued
 * as copies print them), the authority, the achievement and the campaign, and the awardee it names itself after "cho".
 */
final class AwardClauses {
  static final int MAX_WORDS_BEFORE_FORM = 6;

  /**
   * What an award article says of all its awardees, the awardee it names itself ({@code named}: the text after "cho",
   * null when the article names none) and the kind of those it counts instead ({@code counted}: "cho 02 cá nhân",
   * "cho hai đồng chí có tên dưới đây:"; null when it counts none, or several kinds).
   */
  record Clause(String form, String authority, String achievement, String campaign, String named,
      AwardeeKind counted) {}

  /**
   * The award an article makes, its text beginning at {@code body} with the verb ("Tặng Bằng khen ..."), or null
   * when it awards nothing. A report's clause (one with the report's {@code title}; null for an article) may also award
   * with the verbs it reads inline ("được trao tặng"), one that awards only in the passive ("được nhận Bằng khen"),
   * which {@link #awards} has let through only so, or one that names no form, the title's then ("được khen thưởng").
   */
  static Clause clause(FoldedText article, int body, String documentCampaign, String title) {
    boolean quoted = title != null;
    Match<String> verb = Stream.concat(Stream.of("verb"),
            quoted ? Stream.of("verb-inline", "verb-passive", "verb-unnamed") : Stream.<String>empty())
        .flatMap(role -> AwardTables.cues(role).find(article, body).filter(v -> v.start() == body).stream())
        .findFirst().orElse(null);
    if (verb == null) {
      return null;
    }
    if (quoted && AwardTables.cues("verb-unnamed").at(article, body).filter(v -> v.end() == verb.end()).isPresent()) {
      // the form the headline names, after which the words of the clause are read as if it followed the verb
      Match<String> titled = form(FoldedText.of(title), 0);
      return titled == null ? null : clause(titled.value(), article, verb.end(), documentCampaign);
    }
    Match<String> found = form(article, body);
    // the form follows its verb ("Tặng thưởng Bằng khen", "Truy tặng danh hiệu vinh dự Nhà nước "Bà mẹ Việt Nam anh
    // hùng""); one named further on is what the article says of something else ("Công nhận hiệu quả ... sáng kiến
    // ..., để đề nghị danh hiệu Chiến sĩ thi đua")
    if (found == null || words(article.searchForm().substring(verb.end(), found.start())) > MAX_WORDS_BEFORE_FORM) {
      return null;
    }
    return clause(found.value(), article, found.end(), documentCampaign);
  }

  /** The award of {@code form}, read from the words of {@code article} after the form, which end at {@code formEnd}. */
  static Clause clause(String form, FoldedText article, int formEnd, String documentCampaign) {
    // "cho" glued to the form's last word ("Anh hùng lao độngcho hai đồng chí") is the one that follows it
    int forAt = gluedAt(article, "for", formEnd);
    forAt = forAt >= 0 ? forAt : first(article, "for", formEnd);
    int end = forAt >= 0 ? forAt : article.length();
    int ofAt = first(article, "of", formEnd);
    String authority = ofAt >= 0 && ofAt < end
        ? trim(article.original(endOf(article, "of", ofAt), end)) : formAuthority(form);
    int achievementAt = first(article, "achievement", formEnd);
    achievementAt = achievementAt >= 0 ? achievementAt : first(article, "achievement-opener", formEnd);
    String achievement = achievementAt >= 0 ? trim(article.original(achievementAt, article.length())) : null;
    String campaign = CampaignReader.first(article);
    int afterFor = forAt >= 0 ? endOf(article, "for", forAt) : -1;
    return new Clause(form, authority, achievement, campaign != null ? campaign : documentCampaign,
        forAt >= 0 ? named(article, afterFor) : null, forAt >= 0 ? counted(article, afterFor) : null);
  }

  /** Where a phrase of {@code role} starts right at {@code at}, blanks skipped, as a whole word; -1 when none does. */
  private static int gluedAt(FoldedText text, String role, int at) {
    int start = at;
    while (start < text.length() && Character.isWhitespace(text.searchForm().charAt(start))) {
      start++;
    }
    int from = start;
    return AwardTables.cues(role).at(text, from).isPresent() ? from : -1;
  }

  /** The authority a form names itself ("Bằng khen của Thủ tướng Chính phủ": "Thủ tướng Chính phủ"); else null. */
  static String formAuthority(String form) {
    FoldedText folded = FoldedText.of(form);
    int of = first(folded, "of", 0);
    return of < 0 ? null : folded.original(endOf(folded, "of", of), folded.length());
  }

  /**
   * The first form named at or after {@code from}: its index in {@link AwardTables#FORMS}, where it starts and
   * where it ends; at one place the longest, which comes first in the table. Looked for as whole words, and,
   * when none is found so, with the spaces left out, for copies that glue words ("Cờ thi đuacủa Chính phủ").
   * Null when none is named.
   */
  static Match<String> form(FoldedText text, int from) {
    Match<String> found = AwardTables.FORMS.find(text, from).orElse(null);
    // a longer form whose words the copy glued at the same place ("Cờ thi đua củaChính phủ" is more than "Cờ thi đua")
    Match<String> glued = AwardTables.FORMS.findGlued(text, from).orElse(null);
    return found == null || glued != null && glued.start() == found.start() && glued.end() > found.end() ? glued : found;
  }

  /**
   * The awardee an article names itself after "cho" (at {@code from}), with what follows it; null when the
   * article counts its awardees instead ("cho 6 tập thể (có danh sách kèm theo)", "cho các cá nhân sau").
   */
  static String named(FoldedText article, int from) {
    String rest = after(article, from);
    FoldedText folded = FoldedText.of(rest);
    if (rest.isEmpty() || COUNT.matcher(rest).find() || countNoun(folded) >= 0
        || AwardTables.cues("count").opens(folded)) {
      return null;
    }
    return rest;
  }

  static String after(FoldedText article, int from) {
    return article.original().substring(from).strip().replaceFirst("^[:.,\\s]+", "");
  }

  private AwardClauses() {}
}
