package vn.vankho.ingest.awards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.vankho.text.Abbreviations;
import vn.vankho.text.AwardTerms;
import vn.vankho.text.Diacritics;
import vn.vankho.text.FoldedText;
import vn.vankho.text.Phrases;
import vn.vankho.text.Phrases.Match;
import vn.vankho.text.VietnameseSyllables;

/**
 * Reads the awards an award decision makes. An article that starts with an award verb ("Điều 1. Tặng
 * Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho ... trong phong trào "..."") names the form, the
 * authority, the achievement and the campaign; each numbered item under it, or in the list attached
 * to the decision, is one awardee. Lines are joined first, because a scan wraps long items.
 *
 * <p>As real decisions deviate from the form:
 * <ul>
 *   <li>an article may name its one awardee itself, after "cho", running on into what it did ("Tặng thưởng Bằng
 *   khen ... cho: Nhân dân và cán bộ thị xã Uông Bí, tỉnh Quảng Ninh, đã hoàn thành ..."); an article that counts
 *   its awardees ("cho 6 tập thể", "cho các cá nhân") names none;</li>
 *   <li>a document without articles (a Lệnh of the President) awards in a paragraph that starts with the verb;</li>
 *   <li>"Điều 1" may lack its period, and web copies glue words ("Cờ thi đuacủa Chính phủ"): a form is then
 *   looked for with the spaces left out;</li>
 *   <li>an awardee's name ends where what it did begins ("..., Đã có thành tích"), when the achievement of the
 *   whole list follows its last item on the next line.</li>
 * </ul>
 */
public final class AwardReader {
  // "1. ", "1) ", "1.Ông" as OCR glues it, and the dash or plus that some lists use instead of numbers
  private static final Pattern ITEM = Pattern.compile("^(?:\\d{1,3}\\s*[.,)]\\s*(?=\\p{L})|(?:\\d{1,3}\\s*[.,)]|[-+•])\\s+\\S)");
  private static final Pattern MARKER = Pattern.compile("^(?:\\d{1,3}\\s*[.,)]|[-+•])\\s*");
  // an item's number inside a sentence, after the colon or semicolon before it ("gồm: 1- Hội ...; 2- ...", "; 2.Đài")
  /** A line that opens with a number and a comma: a wrapped name's number ("110, Trường ..."), or OCR's "1," for "1.". */
  private static final Pattern NUMBER_COMMA = Pattern.compile("^\\d{1,3}\\s*,");
  /**
   * A name opening with a letter OCR split off its word: two words of one letter each ("I u đoàn"), or a capital and a
   * stop before the rest of the word in lower case ("I.ữ đoàn" for "Lữ đoàn"); not "Y Ngông", "A69" nor "TP.HCM".
   */
  private static final Pattern SINGLE_LETTER = Pattern.compile("^\\p{L}(?:\\s+\\p{L}(?![\\p{L}\\p{N}'’.])|[.,:;]\\p{Ll})");
  private static final Pattern INLINE_NUMBER = Pattern.compile("[:;]\\s*\\d{1,3}\\s*[.)-]");
  // a sentence's end inside a paragraph: a period after a word of four letters or more or a bracket, then a capital
  private static final Pattern SENTENCE_END = Pattern.compile("(?:\\p{L}{4}|\\))\\.(?=\\s+\\p{Lu})");
  private static final Pattern HEADING = Pattern.compile("^[ivx]{1,4}\\s*[.)]\\s+\\S");
  // "Điều 1.", "Điều 1:", "Điều 1. -", and as copies print it, "Điều 1" without its period or "Điều 1.Tặng" glued
  private static final Pattern ARTICLE = Pattern.compile("^(?:"
      + AwardTables.marked("article").stream().map(Diacritics::searchForm).map(Pattern::quote).collect(Collectors.joining("|"))
      + ")\\s*\\d+(?:\\s*[.:]\\s*|\\s+|$)(?:[-–]\\s*)?");
  private static final Pattern COUNT = Pattern.compile("^\\d");
  private static final Pattern COUNT_DIGITS = Pattern.compile("^\\d+\\s+");
  // a second count in the same phrase ("23 tập thể và 05 gia đình")
  private static final Pattern COUNT_MORE = Pattern.compile("^\\d+\\s+\\p{L}+(?:\\s\\p{L}+)?\\s+va\\s+\\d+\\s+");
  /** Two words in lower case, which end a person's name ("Đặng Thị Lý quê ở xã Ngọc Sơn"). */
  private static final Pattern LOWER_WORDS = Pattern.compile("\\s+(?=\\p{Ll}\\S*\\s+\\p{Ll})");
  /**
   * A person's name at the start of a text: words written with a capital up to its end, a bracket, a comma or a dash,
   * or two words in lower case ("Đặng Thị Lý quê ở xã Ngọc Sơn"); "Phó Chủ tịch UBND tỉnh" is none.
   */
  private static final Pattern PERSON_NAME = Pattern.compile(
      "^\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*)+(?=\\s*$|\\s*[(,]|\\s+-\\s|\\s+\\p{Ll}\\S*\\s+\\p{Ll})");
  /** What joins a second noun to a count's first ("các tập thể, cá nhân", "các tập thể và cá nhân"), in search form. */
  private static final Pattern AND_NEXT = Pattern.compile("\\s*(?:,\\s*|\\s+va\\s+)");
  private static final int MAX_WORDS_BEFORE_FORM = 6;
  /** A passive's agent is a title or a body ("Thủ tướng Chính phủ", "Chủ tịch Ủy ban nhân dân tỉnh"), a few words. */
  private static final int MAX_AGENT_WORDS = 8;
  /** What stands between a list's recalled awardees and its "gồm": a second noun and "này" (", địa phương này gồm"). */
  private static final int MAX_WORDS_BEFORE_LIST = 4;
  private static final Pattern MARKED_OPENER = Pattern.compile(",\\s*("
      + AwardTables.marked("achievement-opener-marked").stream().map(Pattern::quote).collect(Collectors.joining("|"))
      + ")\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  // a row of the table a list is printed in, as a copy of the page gives it: "| 1 | Nguyễn Văn An | Chuyên viên |"
  private static final Pattern ROW = Pattern.compile("^\\|?\\s*(\\d{1,3})\\s*[.)]?\\s*\\|(.*)$");
  private static final Pattern CELL_SEPARATOR = Pattern.compile("\\s*\\|\\s*");
  /** The number column of a table row is a few characters, however OCR misreads them ("4", "Ạ", "l0"). */
  private static final int NUMBER_CELL = 3;

  private enum Kind { ARTICLE, ITEM, HEADING, LIST, VERB, OTHER }

  /** An awarding clause of a text without articles, where its verb is in it, and its sentence's words before the verb. */
  private record Awarding(FoldedText text, int verb, String before) {}

  /** How many awardees a text counts, and of what kind ("5 tập thể"). */
  record Count(int value, AwardeeKind kind) {}

  /** A report's clause that counted its awardees without naming them, and its count. */
  private record Counting(Clause clause, Count count) {}

  /** The awardees a paragraph lists for a clause before it that counted them, and their kind. */
  private record Recall(List<String> names, AwardeeKind kind) {}

  /**
   * Lines joined into one article, item or heading, with the page it starts on; {@code row} for a row of an award
   * table, one line as the OCR's layout reading gives it ("1 | Ông Nguyễn Văn Đức, Bí thư ... | Bằng khen"); its
   * folded forms made once, for the several readings of it.
   */
  private record Paragraph(Kind kind, int page, String text, Row row, FoldedText folded) {
    Paragraph(Kind kind, int page, FoldedText folded, Row row) {
      this(kind, page, folded.original(), row, folded);
    }
  }

  /** A row of an award table: who (its middle cells, joined by commas) and the form its last cell names. */
  private record Row(String awardee, String form) {}

  /**
   * What an award article says of all its awardees, the awardee it names itself ({@code named}: the text after "cho",
   * null when the article names none) and the kind of those it counts instead ({@code counted}: "cho 02 cá nhân",
   * "cho hai đồng chí có tên dưới đây:"; null when it counts none, or several kinds).
   */
  private record Clause(String form, String authority, String achievement, String campaign, String named,
      AwardeeKind counted) {}

  private AwardReader() {}

  /**
   * The awards made by the decision whose pages read {@code pageTexts}, each folded (a {@link FoldedText}) or not;
   * empty for other documents.
   */
  public static List<ProposedAward> read(List<? extends CharSequence> pageTexts) {
    List<Paragraph> paragraphs = paragraphs(pageTexts);
    String documentCampaign = paragraphs.stream().map(p -> CampaignReader.first(p.folded())).filter(c -> c != null)
        .findFirst().orElse(null);
    List<ProposedAward> awards = new ArrayList<>();
    // a document without articles (a Lệnh) awards in a paragraph that opens with the verb
    boolean articles = paragraphs.stream().anyMatch(p -> p.kind() == Kind.ARTICLE);
    String title = paragraphs.isEmpty() ? "" : paragraphs.get(0).text();
    // what a passive that names no form refers to: the headline, or else the last paragraph before it that names a form
    String formBefore = title;
    Clause clause = null;
    boolean open = false;
    boolean listing = false; // a report's clause announced its list on the lines below, one awardee a line
    Counting counting = null; // the last clause of a report that counted its awardees without naming them

    AwardeeKind section = null;
    for (Paragraph p : paragraphs) {
      switch (p.kind()) {
        case ARTICLE -> {
          Clause read = clause(p.folded(), bodyStart(p.folded()), documentCampaign, null);
          open = read != null;
          clause = read == null ? clause : read;
          section = read == null ? null : read.counted();
          named(read, p).ifPresent(awards::add);
        }
        case HEADING -> section = section(p.folded(), section);
        case ITEM -> {
          AwardeeKind heading = itemHeading(p);
          ProposedAward award = open && heading == null ? award(p, clause, section) : null;
          section = heading != null ? heading : section;
          if (award != null) {
            awards.add(award);
          }
        }
        case LIST -> {
          // a list attached to the decision ("DANH SÁCH ... kèm theo Quyết định") belongs to its last award article
          open = clause != null;
          section = clause == null ? null : clause.counted();
        }
        case VERB, OTHER -> {
          if (!articles && listing && clause != null && namesOne(p.text().strip())) {
            // a list whose bullets the copy lost: each line one awardee ("Cụ thể:" then "Đoàn công tác cán bộ y tế ...")
            Optional.ofNullable(award(p.text(), p.page(), p.text(), clause, section)).ifPresent(awards::add);
          } else if (!articles) {
            listing = false;
            List<Awarding> clauses = awardingClauses(p);
            Recall recall = clauses.isEmpty() && counting != null ? recalled(p.folded(), counting.count()) : null;
            if (recall != null) {
              for (String name : recall.names()) {
                Optional.ofNullable(award(name, p.page(), p.text(), counting.clause(), recall.kind())).ifPresent(awards::add);
              }
              if (recall.names().size() < counting.count().value()
                  && (recall.names().isEmpty() || trim(p.text()).endsWith(trim(recall.names().get(recall.names().size() - 1))))) {
                // it names fewer than were counted and ends on the last it names: the others follow one a line
                // ("Các cá nhân gồm:" / "Thượng tướng Hoàng Minh Thảo (Tạ Thái An), nguyên ..." / "Thượng tướng Vũ Lăng, ...")
                clause = counting.clause();
                open = true;
                listing = true;
                section = recall.kind();
              }
              counting = null;
            }
            // the paragraph of a Lệnh, or each clause of a report that quotes a decision, stands for the article: it
            // names its awardees, or counts those it lists after "gồm" or under it ("cho hai đồng chí có tên dưới đây:")
            for (Awarding awarding : clauses) {
              Clause read = givenBy(clause(awarding.text(), awarding.verb(), documentCampaign, formBefore), awarding, title);
              Count count = Optional.ofNullable(announced(awarding.text())).orElseGet(() -> subjectCount(awarding));
              List<String> listed = read == null ? List.of() : listed(awarding, read, count);
              if (read != null) {
                // a clause that counts its awardees and names none may have them listed in the next paragraph
                counting = read.named() == null && listed.isEmpty() && count != null ? new Counting(read, count) : null;
              }
              AwardeeKind kind = read == null || read.counted() != null || count == null ? null : count.kind();
              for (String name : listed) {
                Optional.ofNullable(award(name, p.page(), p.text(), read, read.counted() != null ? read.counted() : kind))
                    .ifPresent(awards::add);
              }
              // the items below are its awardees when it opens the paragraph (a Lệnh), or ends on the colon that
              // announces them ("... cho 2 cá nhân là:"); a decision mentioned in passing lists no one below it
              boolean announces = awarding.verb() == 0 && awarding.text().original().equals(p.folded().original())
                  || awarding.text().original().strip().endsWith(":");
              // or it counts more than it names, and the paragraph ends on the last it names: the others follow one a
              // line, as that one ("Cụ thể: Đoàn công tác ... tại huyện Quốc Oai." and the next line "Đoàn công tác ...")
              boolean more = count != null && listed.size() < count.value()
                  && trim(p.text()).endsWith(trim(listed.isEmpty() ? "" : listed.get(listed.size() - 1)));
              if (read != null && read.named() == null && (listed.isEmpty() && announces || !listed.isEmpty() && more)) {
                clause = read;
                open = true;
                listing = true;
                section = read.counted();
              }
            }
            if (form(FoldedText.of(title), 0) == null && form(p.folded(), 0) != null) {
              formBefore = p.text();
            }
          }
        }
      }
    }
    return once(awards);
  }

  /**
   * The awards without those a text names again: a report repeats an awardee in a caption or at the ceremony ("Quyết
   * định tặng Bằng khen cho ông Dương Hải Cường của Thủ tướng Chính phủ." under the sentence that quoted it); one decision
   * does not give one awardee the same form twice.
   */
  private static List<ProposedAward> once(List<ProposedAward> awards) {
    Set<String> seen = new HashSet<>();
    return awards.stream().filter(a -> seen.add(Diacritics.wordsForm(a.awardee()) + "|" + a.kind() + "|" + a.form()))
        .toList();
  }

  /**
   * Whether a paragraph of prose is one line of a list that lost its bullets: one sentence that starts with what starts
   * an awardee's name, a unit's head word ("Đoàn", "Sở", "Trường") or a form of address ("Ông", "Bà").
   */
  private static boolean namesOne(String text) {
    FoldedText folded = FoldedText.of(text);
    boolean oneSentence = !text.isEmpty() && text.indexOf(". ") < 0 && text.indexOf("; ") < 0;
    boolean head = AwardTables.cues("collective-head").opens(folded) || AwardTables.KINDS.opens(folded);
    return oneSentence && head && Character.isUpperCase(text.charAt(0));
  }

  /**
   * The clauses of a paragraph in a document without articles that award: the paragraph itself when it opens with the
   * verb (a Lệnh), or is a report's sentence quoting the decision's article ("UBND tỉnh có Quyết định về Tặng ..."); and
   * each clause whose verb, in lower case, follows the decision it quotes in the same sentence ("Quyết định số 689/QĐ-CTN
   * phong tặng ... cho ...") or a lead that spells it out ("Cụ thể, tặng ... cho ...; tặng ... cho ..."). A clause runs
   * to the next one. A proposal or a passive report is no award ("đề nghị tặng", "được tặng"), unless the passive
   * announces a list ("được phong tặng ... theo Quyết định số 689/QĐ-CTN gồm ...").
   */
  private static List<Awarding> awardingClauses(Paragraph p) {
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

  /** Where the sentence that holds {@code at} starts. */
  private static int sentenceStart(FoldedText text, int at) {
    int sentence = Math.max(text.original().lastIndexOf(". ", at), text.original().lastIndexOf(": ", at));
    return sentence < 0 ? 0 : sentence + 2;
  }

  /** Whether the text at {@code at} is {@code phrase} with its marks ("tặng", not "tăng" or "tầng"), in any case. */
  private static boolean marked(FoldedText text, int at, String phrase) {
    return at + phrase.length() <= text.length()
        && text.original().substring(at, at + phrase.length()).equalsIgnoreCase(Diacritics.nfc(phrase));
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
  private record KindLead(int end, AwardeeKind kind) {}

  /** The words that say what a list's awardees are at the start of {@code text}, after "các" or "những"; else null. */
  private static KindLead kindLead(FoldedText text) {
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

  /**
   * The kind of the awardees a clause's subject says they are: the subject only the noun ("Các cá nhân được tặng ...
   * là ..."), or the noun before the names, after the lead that spells the decision out ("Các đồng chí A - ...; B - ...
   * được trao tặng ..."); null when it says none.
   */
  private static Count subjectCount(Awarding clause) {
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


  /** How many awardees of which kind a text counts first ("5 tập thể", "sáu đơn vị"); null when it counts none. */
  private static Count announced(FoldedText text) {
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
   * The awardees a paragraph lists that a clause before it counted without naming them: the paragraph opens with them
   * again, by their number and what they are, or by what they are after "các" or "những", maybe with a second noun and
   * "này", and announces its list ("4 tập thể này gồm: A; B", "Các đơn vị, địa phương này gồm: A, B, ...", "3 giáo viên
   * gồm A; B; C"). The count is the paragraph's own number, else the clause's. Null for any other paragraph.
   */
  private static Recall recalled(FoldedText text, Count before) {
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
  private static Clause givenBy(Clause read, Awarding awarding, String title) {
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
   * Where the words that announce a list ("gồm", "đó là") end, at or after {@code from}, or the colon that announces it
   * without them ("5 tập thể được Thủ tướng Chính phủ tặng Bằng khen: 1.Ủy ban ...; 2.Đài ..."); -1 when none does.
   */
  private static int listCue(FoldedText text, int from) {
    int colon = text.original().indexOf(':', from);
    int best = colon;
    int bestEnd = colon < 0 ? -1 : colon + 1;
    for (String cue : AwardTables.marked("listed")) {
      String key = Diacritics.searchForm(cue);
      for (int at = text.find(key, from); at >= 0; at = text.find(key, at + 1)) {
        if (marked(text, at, cue) || slipOfMark(text, at, cue)) {
          if (best < 0 || at < best) {
            best = at;
            bestEnd = at + key.length();
          }
          break;
        }
      }
    }
    return bestEnd;
  }

  /**
   * Whether a list word of three letters or more stands at {@code at} with other marks than its own, as a scan slips on a
   * mark ("3 giáo viên gôm cô giáo ..." for "gồm"): a word with marks that folds to it is that word; one without any may be
   * another ("gom"), and the short "là" is told from "lá" only by its marks.
   */
  private static boolean slipOfMark(FoldedText text, int at, String cue) {
    String word = text.original().substring(at, Math.min(text.length(), at + cue.length()));
    return cue.length() >= 3 && !Diacritics.searchForm(word).equalsIgnoreCase(word);
  }

  /**
   * The awardees a clause names in its own sentence: those after "cho" ("cho ông Huỳnh Nghĩa, ...", "cho A; B; C và
   * D"), or, when it counts them, after the words that announce them ("cho 7 tập thể ... gồm: 1- A; 2- B"); empty when
   * it counts them and lists them below, or names none.
   */
  private static List<String> listed(Awarding clause, Clause read, Count counted) {
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
    if (clause.text().original().charAt(cue - 1) == ':' && sentences.stream().allMatch(AwardReader::namesOne)) {
      // after "Cụ thể:", one awardee a sentence, as a list whose bullets the copy lost ("Đoàn công tác cán bộ y tế tỉnh
      // Quảng Ninh tham gia hỗ trợ ... tại huyện Chương Mỹ."): a name may hold "và" and commas of its own
      return sentences.stream().map(AwardReader::trim).toList();
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

  /**
   * The awardees of a list run into one sentence: items between semicolons, their numbers ("1- ", "2. ") left out; the
   * list ends where what they did begins ("..., vì đã có thành tích"). Its last two items may be joined by "và" ("A và
   * Hội Khuyến học thành phố", "ông X và ông Y"), and items that repeat the first words of the one before may be set off
   * by commas only ("Nhân dân và cán bộ xã A, Nhân dân và cán bộ xã B").
   */
  static List<String> inline(String list, Count count) {
    FoldedText folded = FoldedText.of(list);
    int end = earliest(first(folded, "achievement-opener", 0), markedOpener(list));
    String names = end >= 0 ? list.substring(0, end) : list;
    List<String> items = new ArrayList<>();
    for (String part : names.split(";")) {
      String item = trim(part.strip().replaceFirst("^\\d{1,3}\\s*[-.)]\\s*", ""));
      if (!item.isEmpty()) {
        items.addAll(repeatedHeads(item));
      }
    }
    if (count != null && count.value() > 1 && !items.isEmpty() && items.size() < count.value() && names.indexOf(';') < 0) {
      // a list set off by commas only ("gồm: Văn phòng ..., Sở ..., Sở ... và Báo Nghệ An") when that gives as many
      // items as it counts: a unit's name has commas of its own ("Bệnh viện Mắt, Sở Y tế thành phố Đà Nẵng"); its last
      // two joined by "và", a person's name after it too ("..., Trần Lê Lan Anh và Thái Thị Hồng Thoa (môn bi sắt)");
      // the first items may repeat their first words ("Nhân dân và LLVT nhân dân TX Bắc Ninh (tỉnh Bắc Ninh), Nhân dân
      // và LLVT nhân dân khu Đông sông Đà (Đà Nẵng), ..., Viện Quân y 110, ...") and still be set off so
      List<String> parts = items.stream().flatMap(item -> Stream.of(item.split(",\\s+")))
          .collect(Collectors.toCollection(ArrayList::new));
      parts.addAll(joinedByAnd(parts.remove(parts.size() - 1)));
      if (parts.size() == count.value() - 1) {
        parts.addAll(List.of(parts.remove(parts.size() - 1).split("\\s+" + Diacritics.nfc("và") + "\\s+", 2)));
      }
      if (parts.size() == count.value()) {
        items = parts.stream().map(AwardReader::trim).collect(Collectors.toCollection(ArrayList::new));
      }
    }
    if (count != null && count.value() == 0 && count.kind() == AwardeeKind.INDIVIDUAL && items.size() == 1) {
      // people a clause counts without a number ("cho các Bà mẹ: A quê ở xã ..., B quê ở xã ... và D ...") set off by
      // commas only, the last two by "và": each part opens with a person's name, where a comma that sets off what a
      // person is opens none ("A, Phó Chủ tịch UBND tỉnh")
      items = people(items.get(0));
    }
    if (items.size() > 1 || items.size() == 1 && (count == null || count.value() != 1)) {
      // the last two joined by "và" ("là Công an thành phố Chí Linh và Phòng Cảnh sát giao thông ...")
      String last = items.remove(items.size() - 1);
      items.addAll(joinedByAnd(last));
    }
    if (end >= 0 && !items.isEmpty()) {
      // what they did stays with the last, where the decision's form puts it ("..., đã có thành tích ...")
      items.add(items.remove(items.size() - 1) + ", " + list.substring(end));
    }
    return items;
  }

  /**
   * A list of people set off by commas, the last two joined by "và", when each part opens with a person's name, maybe
   * after a form of address; else the item whole.
   */
  private static List<String> people(String item) {
    List<String> parts = new ArrayList<>(List.of(item.split(",\\s+")));
    parts.addAll(List.of(parts.remove(parts.size() - 1).split("\\s+" + Diacritics.nfc("và") + "\\s+")));
    boolean names = parts.size() > 1 && parts.stream().allMatch(part -> {
      FoldedText folded = FoldedText.of(part);
      int from = addressEnd(folded, formerAt(folded, 0));
      return AwardTables.cues("collective-head").at(folded, from).isEmpty()
          && PERSON_NAME.matcher(part.substring(from)).find();
    });
    return new ArrayList<>(names ? parts.stream().map(AwardReader::trim).toList() : List.of(item));
  }

  /** An item split where "và" joins it to the name of another awardee (a person, or a unit by its first word). */
  private static List<String> joinedByAnd(String item) {
    FoldedText folded = FoldedText.of(item);
    String and = Diacritics.searchForm("và");
    for (int at = folded.find(and, 0); at > 0; at = folded.find(and, at + 1)) {
      int next = at + and.length() + 1;
      int title = formerAt(folded, next);
      boolean person = AwardTables.KINDS.at(folded, title).isPresent();
      boolean unit = AwardTables.cues("collective-head").at(folded, next).isPresent()
          && next < item.length() && Character.isUpperCase(item.charAt(next));
      if (person || unit) {
        return List.of(trim(item.substring(0, at)), trim(item.substring(next)));
      }
    }
    return List.of(item);
  }

  /** An item split at each comma followed by its own first two words again. */
  private static List<String> repeatedHeads(String item) {
    String[] words = item.split("\\s+");
    if (words.length < 3) {
      return List.of(item);
    }
    String head = ", " + words[0] + " " + words[1] + " ";
    return Stream.of(item.split(java.util.regex.Pattern.quote(head))).map(String::strip)
        .map(part -> part.startsWith(words[0] + " " + words[1] + " ") ? part : words[0] + " " + words[1] + " " + part)
        .map(AwardReader::trim).toList();
  }

  /** Where an article's text begins, after "Điều 1." */
  private static int bodyStart(FoldedText article) {
    Matcher number = ARTICLE.matcher(article.searchForm());
    return number.find() ? number.end() : 0;
  }

  /** The award to the one awardee {@code clause} names itself, if it names one. */
  private static Optional<ProposedAward> named(Clause clause, Paragraph p) {
    if (clause == null || clause.named() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(award(clause.named(), p.page(), p.text(), clause, null));
  }

  /**
   * The paragraphs of the pages, each joined from lines of its page's folded text, which is not folded again:
   * {@code lines} are those of the paragraph being read, {@code text} their words as the rules below look at them.
   */
  private static List<Paragraph> paragraphs(List<? extends CharSequence> pageTexts) {
    List<Paragraph> paragraphs = new ArrayList<>();
    StringBuilder text = null;
    List<FoldedText> lines = null;
    Kind kind = null;
    int start = 0;
    for (int page = 0; page < pageTexts.size(); page++) {
      for (FoldedText raw : FoldedText.of(pageTexts.get(page)).lines()) {
        FoldedText stripped = raw.strip();
        Row row = row(stripped.original());
        if (row != null) {
          // a table row is a whole item: nothing runs on into it or from it
          if (text != null) {
            paragraphs.add(new Paragraph(kind, start, FoldedText.joined(lines), null));
          }
          paragraphs.add(new Paragraph(Kind.ITEM, page + 1, stripped, row));
          text = null;
          continue;
        }
        String untabled = untabled(stripped.original());
        FoldedText line = untabled.equals(stripped.original()) ? stripped : FoldedText.of(untabled);
        if (line.length() == 0) {
          continue;
        }
        Kind lineKind = kindOf(line);
        if (text != null && (lineKind == Kind.OTHER && runsOn(text, kind) || wrapsInlineList(text, kind, lineKind)
            || lineKind == Kind.ITEM && prose(kind) && wrapsNumber(text, line))) {
          text.append(' ').append(line.original());
          lines.add(line);
          continue;
        }
        if (text != null) {
          paragraphs.add(new Paragraph(kind, start, FoldedText.joined(lines), null));
        }
        text = new StringBuilder(line.original());
        lines = new ArrayList<>(List.of(line));
        kind = lineKind;
        start = page + 1;
      }
    }
    if (text != null) {
      paragraphs.add(new Paragraph(kind, start, FoldedText.joined(lines), null));
    }
    return paragraphs;
  }

  /**
   * A row of an award table whose last cell names a form of award ("1 | Bà K' Hương, hội viên ... | Bằng khen"),
   * its first a short number; null for any other line. The form cell is what tells a row from the table's header
   * ("STT | Tập thể, cá nhân | Hình thức") and from prose.
   */
  private static Row row(String line) {
    if (line.indexOf('|') < 0) {
      return null; // one cell: most lines, told apart without splitting them
    }
    List<String> cells = Stream.of(CELL_SEPARATOR.split(line)).map(String::strip).toList();
    if (cells.size() > 0 && cells.get(0).isEmpty()) {
      cells = cells.subList(1, cells.size()); // a copy's leading "|"
    }
    if (cells.size() < 3 || cells.get(0).length() > NUMBER_CELL) {
      return null;
    }
    FoldedText last = FoldedText.of(cells.get(cells.size() - 1));
    Match<String> form = form(last, 0);
    if (form == null || form.start() != 0 || words(last.searchForm().substring(form.end())) > 0 && first(last, "of", form.end()) < 0) {
      return null;
    }
    String awardee = cells.subList(1, cells.size() - 1).stream().filter(c -> !c.isEmpty())
        .collect(Collectors.joining(", "));
    return awardee.isEmpty() ? null : new Row(awardee, form.value());
  }

  /** A table row as the numbered item it stands for ("1. Nguyễn Văn An, Chuyên viên"); other lines as they are. */
  private static String untabled(String line) {
    Matcher row = ROW.matcher(line);
    if (!row.find()) {
      return line;
    }
    String cells = Stream.of(row.group(2).split("\\|")).map(String::strip).filter(c -> !c.isEmpty())
        .collect(Collectors.joining(", "));
    return cells.isEmpty() ? line : row.group(1) + ". " + cells;
  }

  private static Kind kindOf(FoldedText line) {
    String folded = line.searchForm();
    if (ARTICLE.matcher(folded).find()) {
      return Kind.ARTICLE;
    }
    if (ITEM.matcher(folded).find()) {
      return Kind.ITEM;
    }
    // a numbered heading ("II. CÁ NHÂN"), or a table's header row that says what its rows are ("| TT | Họ và tên |")
    String text = line.original();
    if (HEADING.matcher(folded).find() || text.contains("|") && section(line, null) != null) {
      return Kind.HEADING;
    }
    FoldedText start = line.part(0, Math.min(line.length(), 40));
    if (AwardTables.cues("list").opens(start)) {
      return Kind.LIST;
    }
    // a sentence that opens with the verb ("Truy tặng danh hiệu ... cho ..."), not a title in capitals naming the award
    // nor a wrapped line, which starts in lower case; a speck OCR reads before it ("'Theo đó") is not its start
    int first = text.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse(' ');
    boolean sentence = Character.isUpperCase(first) && !text.equals(text.toUpperCase(Locale.ROOT));
    return sentence && verbAt(line) >= 0 && !otherWord(text) ? Kind.VERB : Kind.OTHER;
  }

  /**
   * Whether a line's first word is another word than the verb it folds to, its marks saying so: "Phòng Cảnh sát ..." is
   * no "Phong" (a page's wrapped line of a list of units); a word without marks ("Tang", as OCR loses them) may be the
   * verb.
   */
  private static boolean otherWord(String text) {
    String word = Diacritics.nfc(text.strip().split("\\s+", 2)[0]);
    boolean marked = !Diacritics.searchForm(word).equalsIgnoreCase(word);
    return marked && AwardTables.marked("verb").stream().map(v -> v.split("\\s+", 2)[0]).noneMatch(word::equalsIgnoreCase);
  }

  /**
   * Where the paragraph's award verb is: at its start ("Truy tặng danh hiệu ... cho ..."), or capitalized right
   * after the words that quote a decision ("... có Quyết định về Tặng Cờ thi đua ... cho"); -1 when it has none.
   */
  private static int verbAt(FoldedText paragraph) {
    if (AwardTables.cues("verb").opens(paragraph)) {
      return 0;
    }
    Phrases<String> quoted = AwardTables.cues("quoted");
    for (Optional<Match<String>> at = quoted.find(paragraph, 0); at.isPresent(); at = quoted.find(paragraph, at.get().start() + 1)) {
      int verb = at.get().end() + 1;
      if (verb < paragraph.length() && Character.isUpperCase(paragraph.original().charAt(verb))
          && AwardTables.cues("verb").at(paragraph, verb).isPresent()) {
        return verb;
      }
    }
    return -1;
  }

  /**
   * Whether the next line runs on in the paragraph {@code text} of {@code kind}: a wrapped line goes on its paragraph
   * until that paragraph ends a sentence (in prose a semicolon ends no sentence: a report's list runs on over lines,
   * "...; Nhân dân và cán bộ ...").
   */
  private static boolean runsOn(CharSequence text, Kind kind) {
    return prose(kind) ? text.charAt(text.length() - 1) != '.' : !endsSentence(text);
  }

  /**
   * Whether a numbered line goes on a paragraph of prose as the wrapped rest of the numbered list it runs inline
   * ("...: 1.Ủy ban ...; 2.Đài Phát thanh và Truyền hình tỉnh;" and the next line "3.Nhân dân và cán bộ thành phố Vinh;
   * 4. ..."): prose that holds such a list and ends on a semicolon is in the middle of it.
   */
  private static boolean wrapsInlineList(CharSequence text, Kind kind, Kind lineKind) {
    return lineKind == Kind.ITEM && prose(kind) && text.charAt(text.length() - 1) == ';'
        && INLINE_NUMBER.matcher(text).find();
  }

  /**
   * Whether prose broke inside a sentence before a number that ends a name, so the line after it opens with that number
   * and a comma ("..., Viện Quân y" / "110, Trường Quân chính (QK3), ..."): a list's number follows a colon, a semicolon
   * or a sentence's end, never a word.
   */
  private static boolean wrapsNumber(CharSequence text, FoldedText line) {
    return Character.isLetterOrDigit(text.charAt(text.length() - 1)) && NUMBER_COMMA.matcher(line.searchForm()).find();
  }

  private static boolean prose(Kind kind) {
    return kind == Kind.OTHER || kind == Kind.VERB;
  }

  private static boolean endsSentence(CharSequence text) {
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == ';';
  }

  /**
   * The award an article makes, its text beginning at {@code body} with the verb ("Tặng Bằng khen ..."), or null
   * when it awards nothing. A report's clause (one with the report's {@code title}; null for an article) may also award
   * with the verbs it reads inline ("được trao tặng"), one that awards only in the passive ("được nhận Bằng khen"),
   * which {@link #awards} has let through only so, or one that names no form, the title's then ("được khen thưởng").
   */
  private static Clause clause(FoldedText article, int body, String documentCampaign, String title) {
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
  private static Clause clause(String form, FoldedText article, int formEnd, String documentCampaign) {
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
  private static String formAuthority(String form) {
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
  private static Match<String> form(FoldedText text, int from) {
    Match<String> found = AwardTables.FORMS.find(text, from).orElse(null);
    // a longer form whose words the copy glued at the same place ("Cờ thi đua củaChính phủ" is more than "Cờ thi đua")
    Match<String> glued = AwardTables.FORMS.findGlued(text, from).orElse(null);
    return found == null || glued != null && glued.start() == found.start() && glued.end() > found.end() ? glued : found;
  }

  /**
   * The awardee an article names itself after "cho" (at {@code from}), with what follows it; null when the
   * article counts its awardees instead ("cho 6 tập thể (có danh sách kèm theo)", "cho các cá nhân sau").
   */
  private static String named(FoldedText article, int from) {
    String rest = after(article, from);
    FoldedText folded = FoldedText.of(rest);
    if (rest.isEmpty() || COUNT.matcher(rest).find() || countNoun(folded) >= 0
        || AwardTables.cues("count").opens(folded)) {
      return null;
    }
    return rest;
  }

  private static String after(FoldedText article, int from) {
    return article.original().substring(from).strip().replaceFirst("^[:.,\\s]+", "");
  }

  /**
   * The kind of awardees an article counts after "cho" ("02 cá nhân", "hai đồng chí", "6 tập thể"); null when it counts
   * none, or counts several kinds ("23 tập thể và 05 gia đình").
   */
  private static AwardeeKind counted(FoldedText article, int from) {
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
  private static int countNoun(FoldedText text) {
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
  private static String countNounRole(AwardeeKind kind) {
    return "count-noun-" + kind.name().toLowerCase(Locale.ROOT);
  }

  /**
   * The kind of the awardees under a heading ("II. CÁ NHÂN", "| TT | Họ và tên |"); null under one that names
   * several ("TẬP THỂ, CÁ NHÂN"), whose items say their kind themselves; the one before under any other.
   */
  private static AwardeeKind section(FoldedText heading, AwardeeKind before) {
    List<AwardeeKind> named = new ArrayList<>();
    for (AwardeeKind kind : List.of(AwardeeKind.HOUSEHOLD, AwardeeKind.INDIVIDUAL, AwardeeKind.COLLECTIVE)) {
      String role = "section-" + kind.name().toLowerCase(Locale.ROOT);
      if (AwardTables.cues(role).in(heading)) {
        named.add(kind);
      }
    }
    return named.isEmpty() ? before : named.size() == 1 ? named.get(0) : null;
  }

  private static ProposedAward award(Paragraph item, Clause clause, AwardeeKind section) {
    if (item.row() == null) {
      return award(itemBody(item), item.page(), item.text(), clause, section);
    }
    // a table that gives each awardee its form awards that form, by the authority the form names or the article's
    String form = item.row().form();
    String authority = formAuthority(form) != null ? formAuthority(form) : clause.authority();
    Clause own = new Clause(form, authority, clause.achievement(), clause.campaign(), null, clause.counted());
    return award(item.row().awardee(), item.page(), item.text(), own, section);
  }

  /** An item's text after its number or dash. */
  private static String itemBody(Paragraph item) {
    FoldedText text = item.folded();
    Matcher marker = MARKER.matcher(text.searchForm());
    marker.find();
    // the folded text is the original's length, so the marker's end cuts the original too
    return text.original().substring(marker.end());
  }

  /**
   * The kind an item that is a heading names ("1. Tập thể:", "2. 03 cá nhân:"), the way lists group their awardees;
   * null for an item that names an awardee.
   */
  private static AwardeeKind itemHeading(Paragraph item) {
    if (item.row() != null) {
      return null;
    }
    FoldedText words = FoldedText.of(FoldedText.of(trim(itemBody(item))).searchForm().replaceFirst("^\\d+\\s+", ""));
    for (AwardeeKind kind : AwardeeKind.values()) {
      if (AwardTables.cues("section-" + kind.name().toLowerCase(Locale.ROOT)).whole(words).isPresent()) {
        return kind;
      }
    }
    return null;
  }

  /**
   * The award to the awardee {@code body} names ("Bà Ka Thị Huệ, nông dân ...: hiến đất ..."); null when it
   * names no one.
   */
  private static ProposedAward award(String body, int page, String sourceLine, Clause clause, AwardeeKind section) {
    int colon = body.indexOf(':');
    int opener = earliest(first(FoldedText.of(body), "achievement-opener", 0), markedOpener(body));
    // the name ends at a colon, or where what the awardee did begins, whichever comes first
    int end = opener >= 0 && (colon < 0 || opener < colon) ? opener : colon;
    String achievement = end < 0 ? null : trim(body.substring(end == colon ? end + 1 : end));
    FoldedText head = FoldedText.of(trim(end >= 0 ? body.substring(0, end) : body));
    // a name does not start with a number, which counts awardees ("02 tập thể"), and has two words at least, as a
    // person's family and given names or a unit's kind and name do: one word is a fragment ("Ủy ban", cut by a scan),
    // unless it is a body's own abbreviation ("TTXVN")
    boolean abbreviated = abbreviatedName(trim(head.original()));
    if (COUNT.matcher(head.searchForm()).find() || words(head.searchForm()) < 2 && !abbreviated) {
      return null;
    }
    int addressed = formerAt(head, 0);
    Match<AwardTerms.KindCue> prefix = AwardTables.KINDS.at(head, addressed).orElse(null);
    AwardeeKind kind = prefix != null ? AwardeeKind.valueOf(prefix.value().kind().toUpperCase(Locale.ROOT))
        : section != null ? section : AwardeeKind.COLLECTIVE;
    int nameStart = prefix != null && prefix.value().address() ? addressEnd(head, addressed) : 0;
    int comma = head.original().indexOf(',', nameStart);
    // a person or a household is named before the first comma, what the decision says of them after it;
    // a collective's name runs on with where it is ("Đoàn Thanh niên xã Rô Men, huyện Đam Rông")
    // a person's details may stand in brackets after the name ("bà Mai Thị Đây (Nguyên quán tại xã ...), cư trú tại ...")
    // or after a spaced dash, as reports write a person's title ("Ông Nguyễn Xuân Sơn - nguyên Phó Bí thư ..."); a unit's
    // name keeps its dash ("Trung tâm Văn hóa - Thể thao Quận 1"), a person's has none
    int bracket = head.original().indexOf(" (", nameStart);
    int dash = head.original().indexOf(" - ", nameStart);
    // and before "của", which names who gives, not who gets ("cho ông Dương Hải Cường của Thủ tướng Chính phủ")
    int of = first(head, "of", nameStart);
    // and a person's before words in lower case, which say of the person what a comma would set off ("Đặng Thị Lý quê ở
    // xã Ngọc Sơn"): every word of a name is written with a capital, but an older text's "thị" before the given name
    // ("Nguyễn thị Minh Khai") is one word in lower case, so two of them end it (a household's "Hộ gia đình ông ..." is
    // named whole)
    Matcher lower = LOWER_WORDS.matcher(head.original()).region(nameStart, head.length());
    int said = kind == AwardeeKind.INDIVIDUAL && lower.find() ? lower.start() : -1;
    for (int stop : new int[] {bracket, dash, of, said}) {
      comma = stop > 0 && (comma < 0 || stop < comma) ? stop : comma;
    }
    int nameEnd = kind == AwardeeKind.COLLECTIVE || comma < 0 ? head.length() : comma;
    String awardee = head.original(nameStart, nameEnd);
    // a name is written with a capital, a person's and a unit's alike (Nghị định 30/2020/NĐ-CP, Phụ lục II): words in
    // lower case after "cho" are who the award is for, not a name ("Tặng Bằng khen ... cho kiều bào có thành tích ...")
    // and a proper name has two capitalized words at least, a person's family and given names, a unit's kind and name
    // ("Sở Y tế", "Nhà máy Z131"): "Ø1 mẹ" is a count OCR misread ("cho 01 mẹ")
    // and it does not open with a letter OCR split off its word ("I u đoàn", "I.ữ đoàn Trinh sát ..." for "Lữ đoàn ..."):
    // one word of one letter may open a name ("Y Ngông Niê Kdăm", "K' Hương")
    if (awardee.isEmpty() || Character.isLowerCase(awardee.charAt(0))
        || !abbreviated && Stream.of(awardee.split("[\\s,()]+")).filter(w -> !w.isEmpty() && Character.isUpperCase(w.charAt(0))).count() < 2
        || SINGLE_LETTER.matcher(awardee).find()) {
      return null;
    }
    String description = kind == AwardeeKind.COLLECTIVE ? head.searchForm() : head.searchForm().substring(nameEnd);
    // what the decision says of a person or household after the name is where they work or live
    String unit = kind == AwardeeKind.COLLECTIVE ? "" : trim(head.original(nameEnd, head.length()).replaceFirst("^[,-]", ""));
    String place = place(FoldedText.of(kind == AwardeeKind.COLLECTIVE ? head.original() : unit));
    return new ProposedAward(awardee, kind, unit, place, clause.form(), clause.authority(),
        authorityLevel(clause.authority()),
        achievement != null && !achievement.isEmpty() ? achievement : clause.achievement(),
        attributes(FoldedText.of(description)), clause.campaign(), page, sourceLine);
  }

  /**
   * Whether a name of one word is a body's own abbreviation, as reports shorten a unit in a list ("..., Cty May 10 (Tổng
   * Cty Dệt may VN), TTXVN, Sở Y tế tỉnh Quảng Nam, ..."): capitals that spell no Vietnamese syllable, and not the
   * abbreviation of a kind of body the documents share ("UBND", "HĐND"), which alone names no one.
   */
  private static boolean abbreviatedName(String name) {
    return name.length() >= 3 && name.codePoints().allMatch(Character::isUpperCase)
        && !VietnameseSyllables.isValid(name) && !Abbreviations.isKnown(name);
  }

  /**
   * Where the awardee is, from the parts of {@code description} that name administrative units: "nông dân thôn
   * Đạ Nhinh, xã Đạ Tông" is "thôn Đạ Nhinh, xã Đạ Tông". Empty when none does.
   */
  static String place(FoldedText description) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (String part : description.original().split(",", -1)) {
      int end = start + part.length();
      int at = first(description, "place", start);
      if (at >= 0 && at < end) {
        parts.add(description.original(at, end));
      }
      start = end + 1;
    }
    return trim(String.join(", ", parts));
  }

  /** The level of {@code authority} (province, district, ...): its longest cue's; null when none is found. */
  static String authorityLevel(String authority) {
    if (authority == null) {
      return null;
    }
    FoldedText folded = FoldedText.of(authority);
    return AwardTables.LEVELS.all(folded).stream().findFirst().orElse(null);
  }

  private static Set<String> attributes(FoldedText description) {
    return new LinkedHashSet<>(AwardTables.ATTRIBUTES.all(description));
  }

  /**
   * Where a person's name starts after the forms of address, ranks and titles that stand before it, one after another
   * and maybe set off by commas ("Liệt sỹ, Đại úy Vũ Quang Chương", "nguyên điều dưỡng Trần Thị Phương Hằng"), the first
   * at {@code at}.
   */
  private static int addressEnd(FoldedText head, int at) {
    for (int from = at;;) {
      int start = formerAt(head, from);
      Optional<Match<AwardTerms.KindCue>> next = AwardTables.ADDRESSES.at(head, start);
      if (next.isEmpty()) {
        return from;
      }
      from = next.get().end();
      while (from < head.length() && (head.original().charAt(from) == ',' || Character.isWhitespace(head.original().charAt(from)))) {
        from++;
      }
    }
  }

  /**
   * Where a title starts at {@code at} once the word that makes it a former one is passed ("nguyên điều dưỡng"), read
   * with its marks: without them "nguyên" is "Nguyễn"; {@code at} when none stands there.
   */
  private static int formerAt(FoldedText text, int at) {
    for (String former : AwardTables.marked("former")) {
      if (marked(text, at, former + " ")) {
        return at + former.length() + 1;
      }
    }
    return at;
  }

  /**
   * Where "đã" after a comma begins what the awardee did, read with its marks, which tell it from "Đà" ("Đà Nẵng") and
   * so let a copy's glued words follow it (", đã hoànthành ..."); -1 when none does.
   */
  private static int markedOpener(String body) {
    Matcher marked = MARKED_OPENER.matcher(Diacritics.nfc(body));
    return marked.find() ? marked.start(1) : -1;
  }

  private static int earliest(int a, int b) {
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  /** Where the first phrase of {@code role} is, at or after {@code from}; -1 when none is. */
  private static int first(FoldedText text, String role, int from) {
    return AwardTables.cues(role).find(text, from).map(Match::start).orElse(-1);
  }

  /** Where the phrase of {@code role} found at {@code at} ends. */
  private static int endOf(FoldedText text, String role, int at) {
    return AwardTables.cues(role).at(text, at).orElseThrow().end();
  }

  private static int words(String text) {
    return (int) Stream.of(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).count();
  }

  /** Without the punctuation that ends a clause or an item. */
  private static String trim(String text) {
    return text.strip().replaceAll("[\\s:;.,]+$", "").strip();
  }
}
