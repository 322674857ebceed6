package vn.vankho.ingest.awards;

import static vn.vankho.ingest.awards.AwardText.earliest;
import static vn.vankho.ingest.awards.AwardText.first;
import static vn.vankho.ingest.awards.AwardText.marked;
import static vn.vankho.ingest.awards.AwardText.trim;
import static vn.vankho.ingest.awards.AwardText.words;
import static vn.vankho.ingest.awards.Counts.COUNT;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.vankho.ingest.awards.AwardClauses.Clause;
import vn.vankho.text.Abbreviations;
import vn.vankho.text.AwardTerms;
import vn.vankho.text.Diacritics;
import vn.vankho.text.FoldedText;
import vn.vankho.text.Phrases.Match;
import vn.vankho.text.VietnameseSyllables;

/**
 * One awardee read from the words that name it ("Bà Ka Thị Huệ, nông dân ...: hiến đất ..."): its name without forms
 * of address or titles, its kind, where it works or lives, and what it did; null for words that name no one.
 */
final class Awardees {
  /**
   * A name opening with a letter OCR split off its word: two words of one letter each ("I u đoàn"), or a capital and a
   * stop before the rest of the word in lower case ("I.ữ đoàn" for "Lữ đoàn"); not "Y Ngông", "A69" nor "TP.HCM".
   */
  private static final Pattern SINGLE_LETTER = Pattern.compile("^\\p{L}(?:\\s+\\p{L}(?![\\p{L}\\p{N}'’.])|[.,:;]\\p{Ll})");

  /** Two words in lower case, which end a person's name ("Đặng Thị Lý quê ở xã Ngọc Sơn"). */
  private static final Pattern LOWER_WORDS = Pattern.compile("\\s+(?=\\p{Ll}\\S*\\s+\\p{Ll})");

  private static final Pattern MARKED_OPENER = Pattern.compile(",\\s*("
      + AwardTables.marked("achievement-opener-marked").stream().map(Pattern::quote).collect(Collectors.joining("|"))
      + ")\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /**
   * The award to the awardee {@code body} names ("Bà Ka Thị Huệ, nông dân ...: hiến đất ..."); null when it
   * names no one.
   */
  static ProposedAward award(String body, int page, String sourceLine, Clause clause, AwardeeKind section) {
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
  static int addressEnd(FoldedText head, int at) {
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
  static int formerAt(FoldedText text, int at) {
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
  static int markedOpener(String body) {
    Matcher marked = MARKED_OPENER.matcher(Diacritics.nfc(body));
    return marked.find() ? marked.start(1) : -1;
  }

  private Awardees() {}
}
