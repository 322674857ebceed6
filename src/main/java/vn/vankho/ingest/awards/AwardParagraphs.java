package vn.vankho.ingest.awards;

import static vn.vankho.ingest.awards.AwardClauses.form;
import static vn.vankho.ingest.awards.AwardText.first;
import static vn.vankho.ingest.awards.AwardText.trim;
import static vn.vankho.ingest.awards.AwardText.words;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.vankho.text.Diacritics;
import vn.vankho.text.FoldedText;
import vn.vankho.text.Phrases.Match;
import vn.vankho.text.Phrases;

/**
 * The lines of an award text joined into paragraphs, each an article, a numbered item, a heading, a list's heading, a
 * sentence that opens with the verb, or other prose; a wrapped line goes on its paragraph, a table row is an item whole.
 */
final class AwardParagraphs {
  // "1. ", "1) ", "1.Ông" as OCR glues it, and the dash or plus that some lists use instead of numbers
  private static final Pattern ITEM = Pattern.compile("^(?:\\d{1,3}\\s*[.,)]\\s*(?=\\p{L})|(?:\\d{1,3}\\s*[.,)]|[-+•])\\s+\\S)");

  private static final Pattern MARKER = Pattern.compile("^(?:\\d{1,3}\\s*[.,)]|[-+•])\\s*");

  // an item's number inside a sentence, after the colon or semicolon before it ("gồm: 1- Hội ...; 2- ...", "; 2.Đài")
  /** A line that opens with a number and a comma: a wrapped name's number ("110, Trường ..."), or OCR's "1," for "1.". */
  private static final Pattern NUMBER_COMMA = Pattern.compile("^\\d{1,3}\\s*,");

  private static final Pattern INLINE_NUMBER = Pattern.compile("[:;]\\s*\\d{1,3}\\s*[.)-]");

  private static final Pattern HEADING = Pattern.compile("^[ivx]{1,4}\\s*[.)]\\s+\\S");

  // "Điều 1.", "Điều 1:", "Điều 1. -", and as copies print it, "Điều 1" without its period or "Điều 1.Tặng" glued
  private static final Pattern ARTICLE = Pattern.compile("^(?:"
      + AwardTables.marked("article").stream().map(Diacritics::searchForm).map(Pattern::quote).collect(Collectors.joining("|"))
      + ")\\s*\\d+(?:\\s*[.:]\\s*|\\s+|$)(?:[-–]\\s*)?");

  // a row of the table a list is printed in, as a copy of the page gives it: "| 1 | Nguyễn Văn An | Chuyên viên |"
  private static final Pattern ROW = Pattern.compile("^\\|?\\s*(\\d{1,3})\\s*[.)]?\\s*\\|(.*)$");

  private static final Pattern CELL_SEPARATOR = Pattern.compile("\\s*\\|\\s*");

  /** The number column of a table row is a few characters, however OCR misreads them ("4", "Ạ", "l0"). */
  private static final int NUMBER_CELL = 3;

  enum Kind { ARTICLE, ITEM, HEADING, LIST, VERB, OTHER }

  /**
   * Lines joined into one article, item or heading, with the page it starts on; {@code row} for a row of an award
   * table, one line as the OCR's layout reading gives it ("1 | Ông Nguyễn Văn Đức, Bí thư ... | Bằng khen"); its
   * folded forms made once, for the several readings of it.
   */
  record Paragraph(Kind kind, int page, String text, Row row, FoldedText folded) {
    Paragraph(Kind kind, int page, FoldedText folded, Row row) {
      this(kind, page, folded.original(), row, folded);
    }
  }

  /** A row of an award table: who (its middle cells, joined by commas) and the form its last cell names. */
  record Row(String awardee, String form) {}

  /** Where an article's text begins, after "Điều 1." */
  static int bodyStart(FoldedText article) {
    Matcher number = ARTICLE.matcher(article.searchForm());
    return number.find() ? number.end() : 0;
  }

  /**
   * The paragraphs of the pages, each joined from lines of its page's folded text, which is not folded again:
   * {@code lines} are those of the paragraph being read, {@code text} their words as the rules below look at them.
   */
  static List<Paragraph> paragraphs(List<? extends CharSequence> pageTexts) {
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
  static int verbAt(FoldedText paragraph) {
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
   * The kind of the awardees under a heading ("II. CÁ NHÂN", "| TT | Họ và tên |"); null under one that names
   * several ("TẬP THỂ, CÁ NHÂN"), whose items say their kind themselves; the one before under any other.
   */
  static AwardeeKind section(FoldedText heading, AwardeeKind before) {
    List<AwardeeKind> named = new ArrayList<>();
    for (AwardeeKind kind : List.of(AwardeeKind.HOUSEHOLD, AwardeeKind.INDIVIDUAL, AwardeeKind.COLLECTIVE)) {
      String role = "section-" + kind.name().toLowerCase(Locale.ROOT);
      if (AwardTables.cues(role).in(heading)) {
        named.add(kind);
      }
    }
    return named.isEmpty() ? before : named.size() == 1 ? named.get(0) : null;
  }

  /** An item's text after its number or dash. */
  static String itemBody(Paragraph item) {
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
  static AwardeeKind itemHeading(Paragraph item) {
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

  private AwardParagraphs() {}
}
