package vn.vankho.ingest.awards;

import static vn.vankho.ingest.awards.AwardText.earliest;
import static vn.vankho.ingest.awards.AwardText.first;
import static vn.vankho.ingest.awards.AwardText.marked;
import static vn.vankho.ingest.awards.AwardText.trim;
import static vn.vankho.ingest.awards.Awardees.addressEnd;
import static vn.vankho.ingest.awards.Awardees.formerAt;
import static vn.vankho.ingest.awards.Awardees.markedOpener;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.vankho.ingest.awards.Counts.Count;
import vn.vankho.text.Diacritics;
import vn.vankho.text.FoldedText;

/**
 * Awardees run into one sentence, split into one name each: at semicolons, at commas when the list counts as many or
 * each part opens with a person's name, at a last "và" before a person or a unit; and the words that announce such a list.
 */
final class InlineLists {
  // a sentence's end inside a paragraph: a period after a word of four letters or more or a bracket, then a capital
  static final Pattern SENTENCE_END = Pattern.compile("(?:\\p{L}{4}|\\))\\.(?=\\s+\\p{Lu})");

  /**
   * A person's name at the start of a text: words written with a capital up to its end, a bracket, a comma or a dash,
   * or two words in lower case ("Đặng Thị Lý quê ở xã Ngọc Sơn"); "Phó Chủ tịch UBND tỉnh" is none.
   */
  private static final Pattern PERSON_NAME = Pattern.compile(
      "^\\p{Lu}\\S*(?:\\s+\\p{Lu}\\S*)+(?=\\s*$|\\s*[(,]|\\s+-\\s|\\s+\\p{Ll}\\S*\\s+\\p{Ll})");

  /**
   * Whether a paragraph of prose is one line of a list that lost its bullets: one sentence that starts with what starts
   * an awardee's name, a unit's head word ("Đoàn", "Sở", "Trường") or a form of address ("Ông", "Bà").
   */
  static boolean namesOne(String text) {
    FoldedText folded = FoldedText.of(text);
    boolean oneSentence = !text.isEmpty() && text.indexOf(". ") < 0 && text.indexOf("; ") < 0;
    boolean head = AwardTables.cues("collective-head").opens(folded) || AwardTables.KINDS.opens(folded);
    return oneSentence && head && Character.isUpperCase(text.charAt(0));
  }

  /**
   * Where the words that announce a list ("gồm", "đó là") end, at or after {@code from}, or the colon that announces it
   * without them ("5 tập thể được Thủ tướng Chính phủ tặng Bằng khen: 1.Ủy ban ...; 2.Đài ..."); -1 when none does.
   */
  static int listCue(FoldedText text, int from) {
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
        items = parts.stream().map(AwardText::trim).collect(Collectors.toCollection(ArrayList::new));
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
    return new ArrayList<>(names ? parts.stream().map(AwardText::trim).toList() : List.of(item));
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
        .map(AwardText::trim).toList();
  }

  private InlineLists() {}
}
