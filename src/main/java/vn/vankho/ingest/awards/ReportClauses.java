package vn.vankho.ingest.awards;

import static vn.vankho.ingest.awards.AwardClauses.MAX_WORDS_BEFORE_FORM;
import static vn.vankho.ingest.awards.AwardClauses.form;
import static vn.vankho.ingest.awards.AwardClauses.formAuthority;
import static vn.vankho.ingest.awards.AwardParagraphs.verbAt;
import static vn.vankho.ingest.awards.AwardText.endOf;
import static vn.vankho.ingest.awards.AwardText.first;
import static vn.vankho.ingest.awards.AwardText.marked;
import static vn.vankho.ingest.awards.AwardText.sentenceStart;
import static vn.vankho.ingest.awards.AwardText.words;
import static vn.vankho.ingest.awards.Counts.COUNT_DIGITS;
import static vn.vankho.ingest.awards.Counts.announced;
import static vn.vankho.ingest.awards.Counts.countNoun;
import static vn.vankho.ingest.awards.Counts.countNounRole;
import static vn.vankho.ingest.awards.Counts.counted;
import static vn.vankho.ingest.awards.Counts.kindLead;
import static vn.vankho.ingest.awards.Counts.subjectKind;
import static vn.vankho.ingest.awards.InlineLists.SENTENCE_END;
import static vn.vankho.ingest.awards.InlineLists.inline;
import static vn.vankho.ingest.awards.InlineLists.listCue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import vn.vankho.ingest.awards.AwardClauses.Clause;
import vn.vankho.ingest.awards.AwardParagraphs.Kind;
import vn.vankho.ingest.awards.AwardParagraphs.Paragraph;
import vn.vankho.ingest.awards.Counts.Count;
import vn.vankho.ingest.awards.Counts.KindLead;
import vn.vankho.text.Diacritics;
import vn.vankho.text.FoldedText;
import vn.vankho.text.Phrases.Match;

/**
 * The clauses of a text without articles that award (a Lệnh's paragraph, a report that quotes a decision), and the
 * awardees each names: after "cho", after the words that announce a list, as a passive's subject, or in a paragraph that
 * recalls those a clause counted.
 */
final class ReportClauses {
  /** A passive's agent is a title or a body ("Thủ tướng Chính phủ", "Chủ tịch Ủy ban nhân dân tỉnh"), a few words. */
  private static final int MAX_AGENT_WORDS = 8;

  /** What stands between a list's recalled awardees and its "gồm": a second noun and "này" (", địa phương này gồm"). */
  private static final int MAX_WORDS_BEFORE_LIST = 4;

  /** An awarding clause of a text without articles, where its verb is in it, and its sentence's words before the verb. */
  record Awarding(FoldedText text, int verb, String before) {}

  /** The awardees a paragraph lists for a clause before it that counted them, and their kind. */
  record Recall(List<String> names, AwardeeKind kind) {}

  /**
   * The clauses of a paragraph in a document without articles that award: the paragraph itself when it opens with the
   * verb (a Lệnh), or is a report's sentence quoting the decision's article ("UBND tỉnh có Quyết định về Tặng ..."); and
   * each clause whose verb, in lower case, follows the decision it quotes in the same sentence ("Quyết định số 689/QĐ-CTN
   * phong tặng ... cho ...") or a lead that spells it out ("Cụ thể, tặng ... cho ...; tặng ... cho ..."). A clause runs
   * to the next one. A proposal or a passive report is no award ("đề nghị tặng", "được tặng"), unless the passive
   * announces a list ("được phong tặng ... theo Quyết định số 689/QĐ-CTN gồm ...").
   */
  static List<Awarding> awardingClauses(Paragraph p) {
    FoldedText text = p.folded();
    List<int[]> starts = new ArrayList<>(); // where each clause starts, and where its verb is
    int opening = p.kind() == Kind.VERB ? verbAt(text) : -1;
    if (opening >= 0) {
      starts.add(new int[] {opening, opening});
    }
    List<String> unnamed = AwardTables.marked("verb-unnamed");
    List<String> passiveOnly = Stream.concat(AwardTables.marked("verb-passive").stream(), unnamed.stream()).toList();
    // each verb read once, the longest first: the "tặng" of "đề nghị truy tặng" is no verb of its own once "truy tặng"
    // was read as a proposal's
    List<int[]> read = new ArrayList<>();
    for (String verb : Stream.concat(AwardTables.marked("verb-inline").stream(), passiveOnly.stream()).toList()) {
      String key = Diacritics.searchForm(verb);
      for (int at = text.find(key, 0); at >= 0; at = text.find(key, at + 1)) {
        int verbAt = at;
        boolean inside = starts.stream().anyMatch(s -> verbAt >= s[1] && verbAt < s[1] + key.length() + 6)
            || read.stream().anyMatch(r -> verbAt >= r[0] && verbAt < r[1]);
        if (!inside && marked(text, at, verb)) {
          read.add(new int[] {at, at + key.length()});
        }
        boolean form = unnamed.contains(verb) || namesForm(text, at + key.length());
        int start = inside || !marked(text, at, verb) || !form ? -1 : awards(text, at, key, passiveOnly.contains(verb));
        if (start >= 0) {
          starts.add(new int[] {start, at});
        }
      }
    }
    starts.sort(Comparator.comparingInt(s -> s[1]));
    for (int i = 1; i < starts.size(); i++) {
      // two passives in one sentence whose subjects name their awardees ("A - ... được trao tặng ... hạng Nhì; Các đồng
      // chí B - ...; C - ... được trao tặng ... hạng Ba."): the second's subject starts after the first's semicolon
      int semicolon = text.original().indexOf(';', starts.get(i - 1)[1]);
      if (starts.get(i)[0] <= starts.get(i - 1)[1] && semicolon >= 0 && semicolon < starts.get(i)[1]) {
        starts.get(i)[0] = semicolon + 1;
      }
    }
    List<Awarding> clauses = new ArrayList<>();
    for (int i = 0; i < starts.size(); i++) {
      int from = starts.get(i)[0];
      int end = i + 1 < starts.size() ? Math.max(starts.get(i + 1)[0], starts.get(i)[1] + 1) : text.length();
      clauses.add(new Awarding(text.part(from, end), starts.get(i)[1] - from,
          text.original().substring(sentenceStart(text, from), starts.get(i)[1])));
    }
    return clauses;
  }

  /**
   * Whether a form follows a verb that ends at {@code from} as an award's does, within a few words: a verb without one
   * goes on the clause before it ("tặng Bằng khen, tặng thưởng cho ông Dương Hải Cường": the money that comes with it).
   */
  private static boolean namesForm(FoldedText text, int from) {
    Match<String> found = form(text, from);
    return found != null && words(text.searchForm().substring(from, found.start())) <= MAX_WORDS_BEFORE_FORM;
  }

  /** Whether the sentence before {@code at} names the decision it quotes, or opens with a lead that spells one out. */
  private static boolean quotesDecision(FoldedText text, int at) {
    int from = sentenceStart(text, at);
    FoldedText before = text.part(from, at);
    return AwardTables.cues("decision").in(before) || AwardTables.cues("quoted-lead").opens(before);
  }

  /**
   * Where the clause of the verb at {@code at} starts if it awards as the decision the sentence quotes: at the verb,
   * after the decision ("Quyết định số 2234 ... tặng thưởng ...") or a lead that spells it out ("Cụ thể, tặng ..."), and
   * not as a proposal ("đề nghị tặng"). A passive ("được tặng") awards only when it announces its list, and names the
   * decision or counts whom it lists ("được phong tặng ... theo Quyết định số 689/QĐ-CTN gồm ...", "5 tập thể được tặng
   * Cờ thi đua Chính phủ gồm: ..."): its clause starts with its sentence, which holds the count. -1 when it does not award.
   */
  private static int awards(FoldedText text, int at, String verb, boolean passiveOnly) {
    FoldedText upTo = text.part(0, agentStart(text, at));
    FoldedText before = upTo.part(0, upTo.searchForm().stripTrailing().length());
    String cue = AwardTables.cues("not-awarding").ending(before).map(Match::value).orElse(null);
    if (cue == null && !passiveOnly) {
      return quotesDecision(text, at) ? at : -1;
    }
    if (cue == null || !cue.equals(Diacritics.searchForm("được"))) {
      return -1;
    }
    FoldedText after = text.part(at, text.length());
    int list = listCue(after, verb.length());
    FoldedText announced = after.part(0, Math.max(list, 0));
    int sentence = sentenceStart(text, at);
    if (list < 0) {
      // no list after it: its subject names the awardees, in a sentence that spells the decision out ("Theo đó, GS.TS
      // Thái Văn Thành - Giám đốc Sở ... được trao tặng Huân chương Lao động hạng Nhì; ..."); a sentence that only
      // mentions a decision ("... không ban hành quyết định tặng ... đối với tập thể được tặng ...") names no one so;
      // a subject that ends on a count ("... còn có 2 cá nhân được phong và truy tặng ...") counts those the next
      // paragraph may list, and its clause starts at the count, so that no other word of the sentence is read as a name
      return AwardTables.cues("quoted-lead").opens(text.part(sentence, text.length())) ? sentence
          : countEnding(text, sentence, agentStart(text, at));
    }
    FoldedText subject = text.part(sentence, at);
    boolean counts = announced(subject) != null || subjectKind(subject) != null;
    if (counts || quotesDecision(text, at) || AwardTables.cues("decision").in(announced)) {
      return sentence;
    }
    // or it says after "cho" whom it was for and counts them, as the decision does ("huyện Đô Lương được Chủ tịch nước
    // truy tặng danh hiệu ... cho các Bà mẹ: A ..., B ... và D ..."): the subject is where it was given, and the clause
    // reads from the verb as the decision's own
    int forAt = first(announced, "for", verb.length());
    return forAt >= 0 && counted(announced, endOf(announced, "for", forAt)) != null ? at : -1;
  }

  /**
   * Where a count that ends a passive's subject starts ("ngoài 5 cá nhân ... còn có 2 cá nhân được ...": the "2" of the
   * words before {@code passiveEnd}, which ends on "được"); -1 when the subject ends on anything else.
   */
  private static int countEnding(FoldedText text, int from, int passiveEnd) {
    String passive = Diacritics.searchForm("được");
    int subjectEnd = text.searchForm().substring(0, passiveEnd).stripTrailing().length() - passive.length();
    for (int at = subjectEnd - 1; at >= from; at--) {
      if (at > from && Character.isLetterOrDigit(text.searchForm().charAt(at - 1))) {
        continue;
      }
      FoldedText subject = text.part(at, subjectEnd);
      int noun = countNoun(subject);
      if (noun >= 0) {
        int nounAt = noun;
        boolean ends = Stream.of(AwardeeKind.values())
            .flatMap(kind -> AwardTables.cues(countNounRole(kind)).at(subject, nounAt).stream())
            .anyMatch(m -> m.end() == subject.searchForm().stripTrailing().length());
        return ends ? at : -1;
      }
    }
    return -1;
  }

  /**
   * Where the words before the verb at {@code at} end once a passive's agent is left out: a passive may name who gives
   * between "được" and the verb ("5 tập thể được Thủ tướng Chính phủ tặng Bằng khen: ..."), a title or a body written with
   * a capital, as any name is, in a few words of the same clause. {@code at} when no agent stands there.
   */
  private static int agentStart(FoldedText text, int at) {
    String passive = Diacritics.searchForm("được");
    int from = Math.max(sentenceStart(text, at), Math.max(text.original().lastIndexOf(',', at), text.original().lastIndexOf(';', at)) + 1);
    int by = -1;
    for (int found = text.find(passive, from); found >= 0 && found < at; found = text.find(passive, found + 1)) {
      by = found;
    }
    if (by < 0) {
      return at;
    }
    String agent = text.original().substring(by + passive.length(), at).strip();
    return !agent.isEmpty() && Character.isUpperCase(agent.charAt(0)) && words(agent) <= MAX_AGENT_WORDS
        ? by + passive.length() : at;
  }

  /**
   * The kind of the awardees a clause's subject says they are: the subject only the noun ("Các cá nhân được tặng ...
   * là ..."), or the noun before the names, after the lead that spells the decision out ("Các đồng chí A - ...; B - ...
   * được trao tặng ..."); null when it says none.
   */
  static Count subjectCount(Awarding clause) {
    FoldedText before = clause.text().part(0, clause.verb());
    Count only = subjectKind(before);
    if (only != null) {
      return only;
    }
    KindLead lead = kindLead(FoldedText.of(withoutLead(before)));
    return lead == null ? null : new Count(0, lead.kind());
  }

  /**
   * A sentence without the lead that spells a decision out ("Theo đó, ", "Cụ thể, "); a lead that names the decision
   * runs on with its number and date to its comma ("Theo Quyết định số 2364/QĐ-CTN, ").
   */
  private static String withoutLead(FoldedText sentence) {
    Optional<Match<String>> lead = AwardTables.cues("quoted-lead").at(sentence, 0);
    int from = lead.map(Match::end).orElse(0);
    int comma = sentence.original().indexOf(',', from);
    if (lead.isPresent() && AwardTables.cues("decision").ending(sentence.part(0, from)).isPresent() && comma >= 0) {
      from = comma;
    }
    return sentence.original().substring(from).replaceFirst("^[,\\s]+", "");
  }

  /**
   * The awardees a paragraph lists that a clause before it counted without naming them: the paragraph opens with them
   * again, by their number and what they are, or by what they are after "các" or "những", maybe with a second noun and
   * "này", and announces its list ("4 tập thể này gồm: A; B", "Các đơn vị, địa phương này gồm: A, B, ...", "3 giáo viên
   * gồm A; B; C"). The count is the paragraph's own number, else the clause's. Null for any other paragraph.
   */
  static Recall recalled(FoldedText text, Count before) {
    int noun = countNoun(text);
    boolean counts = noun >= 0 || AwardTables.cues("count").opens(text);
    KindLead lead = !counts ? null : kindLead(noun >= 0 ? text.part(noun, text.length()) : text);
    // or it opens with the lead that spells out what was counted, the list right after it ("Cụ thể gồm trung tướng
    // A - ...", "Cụ thể:"): the kind is the count's
    Optional<Match<String>> spelled = lead != null ? Optional.empty() : AwardTables.cues("quoted-lead").at(text, 0);
    if (lead == null && spelled.isEmpty()) {
      return null;
    }
    int leadEnd = lead != null ? Math.max(noun, 0) + lead.end() : spelled.get().end();
    int cue = listCue(text, leadEnd);
    int between = cue < 0 ? 0 : words(text.original().substring(leadEnd, cue));
    if (cue < 0 || between > (lead != null ? MAX_WORDS_BEFORE_LIST : 1)) {
      return null;
    }
    AwardeeKind kind = lead != null ? lead.kind() : before.kind();
    Matcher digits = COUNT_DIGITS.matcher(text.searchForm());
    int value = noun >= 0 && digits.find() ? Integer.parseInt(digits.group().strip()) : before.value();
    String rest = text.original().substring(cue).strip().replaceFirst("^[:,\\s]+", "");
    Matcher end = SENTENCE_END.matcher(rest);
    return new Recall(inline(end.find() ? rest.substring(0, end.start() + 1) : rest, new Count(value, kind)), kind);
  }

  /**
   * The form a bare "Bằng khen" or "Cờ thi đua" stands for when the sentence, the form's own words or the text's title
   * name who gives it ("Thủ tướng Chính phủ tặng Bằng khen cho ...": the Bằng khen của Thủ tướng Chính phủ, Luật Thi
   * đua, khen thưởng 2022, Điều 71); the clause as read otherwise.
   */
  static Clause givenBy(Clause read, Awarding awarding, String title) {
    if (read == null) {
      return null;
    }
    FoldedText giver = FoldedText.of(awarding.before() + " " + (read.authority() == null ? "" : read.authority()) + " " + title);
    for (AwardTables.Giver row : AwardTables.GIVERS) {
      if (read.form().equals(row.bareForm()) && giver.find(row.words(), 0) >= 0) {
        return new Clause(row.form(), formAuthority(row.form()), read.achievement(), read.campaign(), read.named(),
            read.counted());
      }
    }
    return read;
  }

  /**
   * The awardees a clause names in its own sentence: those after "cho" ("cho ông Huỳnh Nghĩa, ...", "cho A; B; C và
   * D"), or, when it counts them, after the words that announce them ("cho 7 tập thể ... gồm: 1- A; 2- B"); empty when
   * it counts them and lists them below, or names none.
   */
  static List<String> listed(Awarding clause, Clause read, Count counted) {
    // a clause that counts without a number still says what its awardees are ("cho các Bà mẹ:")
    Count count = counted == null && read.counted() != null ? new Count(0, read.counted()) : counted;
    if (read.named() != null) {
      return inline(read.named(), count);
    }
    int cue = listCue(clause.text(), clause.verb());
    if (cue < 0) {
      return subjectList(clause, count);
    }
    String rest = clause.text().original().substring(cue).strip().replaceFirst("^[:,\\s]+", "");
    List<String> sentences = List.of(rest.split("(?<=\\.)\\s+"));
    if (clause.text().original().charAt(cue - 1) == ':' && sentences.stream().allMatch(InlineLists::namesOne)) {
      // after "Cụ thể:", one awardee a sentence, as a list whose bullets the copy lost ("Đoàn công tác cán bộ y tế tỉnh
      // Quảng Ninh tham gia hỗ trợ ... tại huyện Chương Mỹ."): a name may hold "và" and commas of its own
      return sentences.stream().map(AwardText::trim).toList();
    }
    // the list ends with its sentence ("... và Trường Trung học cơ sở Đặng Dung (xã Quảng Điền). Đây là những đơn vị
    // ..."); a short word's period is an abbreviation's ("TP. Hà Tĩnh")
    Matcher end = SENTENCE_END.matcher(rest);
    return inline(end.find() ? rest.substring(0, end.start() + 1) : rest, count);
  }

  /**
   * The awardees a passive names as its subject, before "được" ("Theo đó, GS.TS X - Giám đốc Sở ... được trao tặng ...";
   * "Các đồng chí A - ...; B - ... và đồng chí C - ... được trao tặng ..."): the words before it, without the lead that
   * spells the decision out nor the noun that says what they are; empty for a clause that is no such passive.
   */
  private static List<String> subjectList(Awarding clause, Count count) {
    String passive = Diacritics.searchForm("được");
    String before = clause.text().searchForm().substring(0, clause.verb()).stripTrailing();
    if (!before.endsWith(passive)) {
      return List.of();
    }
    String names = withoutLead(FoldedText.of(clause.text().original().substring(0, before.length() - passive.length()).strip()));
    if (countNoun(FoldedText.of(names)) >= 0) {
      return List.of(); // a subject that counts ("3 giáo viên được tặng ...") names its awardees elsewhere, if at all
    }
    KindLead lead = kindLead(FoldedText.of(names));
    return inline(lead == null ? names : names.substring(lead.end()).strip(), count);
  }

  private ReportClauses() {}
}
