package vn.vankho.ingest.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.vankho.text.Diacritics;

/**
 * Puts the words Tesseract read back into the order of the document's layout (Nghị định 30/2020/NĐ-CP, Phụ lục
 * I), from their boxes:
 * <ul>
 *   <li>The header's two columns, the issuing body and number on the left, the motto and the place and date on
 *   the right, each centred, come as two blocks, left then right. Tesseract joins a row of both into one line
 *   ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"); the rows that have a wide gap where the two columns
 *   meet show where the gutter is.</li>
 *   <li>The foot's two columns, "Nơi nhận" and its list on the left, the signer's block (authority, title,
 *   signature, name) on the right, come as two blocks too, left then right, at the end of the text. Tesseract
 *   reads them row by row ("- Thành ủy, HĐND, UBND thành phố; Lê Thị Bích Thuận") or the signer's block first;
 *   the foot is found as the header is, by a gap at the same place in its rows.</li>
 *   <li>A ruled table ({@link RuledTables}) comes as one line per row, its cells in column order and separated
 *   by {@value #CELL_SEPARATOR}: {@code 1 | Ông Nguyễn Văn Đức, Bí thư Chi bộ thôn Liêng Trang | Bằng khen}. A cell's
 *   own lines are joined with a space. This is what the award reader takes as one awardee and its form.</li>
 *   <li>Everything else keeps Tesseract's order, a line a line and a blank line between paragraphs, as
 *   Tesseract's own text gives it.</li>
 * </ul>
 */
public final class PageLayout {
  /** Between the cells of a table row: a character OCR never reads in Vietnamese prose. */
  static final String CELL_SEPARATOR = " | ";
  /** The header is in the top part of the first page; below, two columns are a signature block or a list. */
  private static final double HEADER_ZONE = 0.4;
  /** A gap this wide (a share of the page width) between two words of a row is the gutter between columns. */
  private static final double GUTTER = 0.04;
  /** Where a header's gutter may be: between a body's column (about 40% of the width) and the motto's. */
  private static final double GUTTER_FROM = 0.2;
  private static final double GUTTER_TO = 0.7;
  /**
   * A row of the header's columns follows the one above within this many times that row's height: the short rule
   * and space under a column make a gap of about one line; the heading under the header stands three lines off.
   */
  private static final double HEADER_LEADING = 2.0;
  /** A header line on one side is centred under its column within this share of the page width. */
  private static final double CENTRED = 0.04;
  /** Where the foot's gutter may be: "Nơi nhận" and its list take the left half or less, the signer's block the right. */
  private static final double FOOT_GUTTER_FROM = 0.2;
  private static final double FOOT_GUTTER_TO = 0.8;
  /** Two Tesseract lines are on one row of the foot when they overlap by this share of the lower one's height. */
  private static final double SAME_ROW = 0.5;

  /** One word with its box in the page's pixels, the number of the Tesseract line and paragraph it is in. */
  record Word(String text, int left, int top, int right, int bottom, int line, int paragraph) {
    int centreX() {
      return (left + right) / 2;
    }

    int centreY() {
      return (top + bottom) / 2;
    }
  }

  /**
   * Folded, lower case: a công văn's subject line, "V/v" (về việc) as OCR reads it ("V/w:", "'V/V"), which Nghị định
   * 30 prints under the number in the left column.
   */
  private static final Pattern SUBJECT_CUE = Pattern.compile("^\\W{0,2}v\\s*/\\s*[vw]\\b");

  /** True when {@code line} opens a công văn's subject, "V/v ...", as OCR reads it. */
  public static boolean opensSubject(String line) {
    return SUBJECT_CUE.matcher(Diacritics.fold(line).toLowerCase(Locale.ROOT)).find();
  }

  /** Words that lie on one row, left to right. */
  private record Row(List<Word> words, int top, int bottom) {
    String text() {
      return words.stream().map(Word::text).collect(Collectors.joining(" "));
    }

    int left() {
      return words.get(0).left();
    }

    int right() {
      return words.get(words.size() - 1).right();
    }

    /** The widest gap between neighbouring words: its left and right edges, or null for a row of one word. */
    int[] widestGap() {
      int[] gap = null;
      for (int i = 0; i + 1 < words.size(); i++) {
        int from = words.get(i).right();
        int to = words.get(i + 1).left();
        if (gap == null || to - from > gap[1] - gap[0]) gap = new int[] {from, to};
      }
      return gap;
    }
  }

  private PageLayout() {}

  /** The page's text in layout order, from its words, its ruled tables and its size in pixels. */
  static String text(List<Word> words, List<RuledTables.Grid> tables, int width, int height) {
    List<Word> rest = new ArrayList<>(words);
    List<String> header = header(rest, width, height);
    Map<Integer, List<String>> tableRows = new LinkedHashMap<>();
    for (RuledTables.Grid grid : tables) {
      List<Word> inside = rest.stream().filter(w -> grid.rowOf(w.centreY()) >= 0 && grid.columnOf(w.centreX()) >= 0)
          .toList();
      if (inside.isEmpty()) continue;
      rest.removeAll(inside);
      // the table stands where Tesseract read its first word
      tableRows.computeIfAbsent(inside.get(0).line(), line -> new ArrayList<>()).addAll(rows(grid, inside));
    }
    // after the tables: a table's columns have gutters too
    List<List<String>> foot = foot(rest, width, height);
    StringBuilder text = new StringBuilder();
    header.forEach(line -> text.append(line).append('\n'));
    int line = Integer.MIN_VALUE;
    int paragraph = Integer.MIN_VALUE;
    List<Integer> tableLines = new ArrayList<>(tableRows.keySet());
    for (Word w : rest) {
      while (!tableLines.isEmpty() && tableLines.get(0) <= w.line()) {
        paragraphBreak(text);
        tableRows.get(tableLines.remove(0)).forEach(row -> text.append(row).append('\n'));
        paragraph = Integer.MIN_VALUE;
      }
      if (w.paragraph() != paragraph) {
        if (paragraph != Integer.MIN_VALUE || !text.isEmpty()) paragraphBreak(text);
        paragraph = w.paragraph();
      }
      if (w.line() != line) {
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') text.append('\n');
        line = w.line();
      } else {
        text.append(' ');
      }
      text.append(w.text());
    }
    if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') text.append('\n');
    for (int l : tableLines) {
      paragraphBreak(text);
      tableRows.get(l).forEach(row -> text.append(row).append('\n'));
    }
    for (List<String> column : foot) {
      paragraphBreak(text);
      column.forEach(row -> text.append(row).append('\n'));
    }
    return text.toString();
  }

  /** Ends the current line and leaves a blank one, as Tesseract does between paragraphs. */
  private static void paragraphBreak(StringBuilder text) {
    if (text.isEmpty()) return;
    if (text.charAt(text.length() - 1) != '\n') text.append('\n');
    if (text.length() < 2 || text.charAt(text.length() - 2) != '\n') text.append('\n');
  }

  /**
   * The header's lines, the left column's rows then the right column's, taken out of {@code words}; none when
   * the page does not open with two columns. The header is the Tesseract lines from the top of the page that have a wide
   * gap where the others have theirs (split rows; two at least, as the body and the motto each take two lines),
   * or lie on one side of it centred under that column (the motto's second line), each close under the one above;
   * it ends with the last split row, before a row that crosses the gutter or stands apart (the heading "QUYẾT
   * ĐỊNH"); the left column's subject lines under it follow its number ({@link #subject}). One row above the first
   * split one may belong to it (a party committee's line over its body).
   */
  private static List<String> header(List<Word> words, int width, int height) {
    List<Row> rows = lines(words.stream().filter(w -> w.top() < height * HEADER_ZONE).toList());
    List<Word> left = new ArrayList<>();
    List<Word> right = new ArrayList<>();
    List<Row> unsplit = new ArrayList<>();
    List<Row> pending = new ArrayList<>(); // rows after the last split one: the header's only if another follows
    int splits = 0;
    int gutterFrom = 0;
    int gutterTo = width;
    int leftCentre = -1;
    int rightCentre = -1;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (i > 0) {
        Row above = rows.get(i - 1);
        if (row.top() - above.bottom() > HEADER_LEADING * (above.bottom() - above.top())) break;
      }
      int[] gap = wideGap(row, width, GUTTER_FROM, GUTTER_TO);
      boolean split = gap != null && (splits == 0 || Math.max(gutterFrom, gap[0]) < Math.min(gutterTo, gap[1]));
      if (split) {
        gutterFrom = splits == 0 ? gap[0] : Math.max(gutterFrom, gap[0]);
        gutterTo = splits == 0 ? gap[1] : Math.min(gutterTo, gap[1]);
        splits++;
        for (Word w : row.words()) (w.right() <= gap[0] ? left : right).add(w);
        leftCentre = (row.left() + gap[0]) / 2;
        rightCentre = (gap[1] + row.right()) / 2;
        unsplit.addAll(pending);
        pending.clear();
        continue;
      }
      int gutter = (gutterFrom + gutterTo) / 2;
      int centre = (row.left() + row.right()) / 2;
      // a row on one side is centred under its column, as the header's lines are; a line of text wrapped to the
      // margin ("NAM" of a motto a one-column copy broke) is not
      boolean oneSide = splits > 0 && (row.right() <= gutter && Math.abs(centre - leftCentre) <= width * CENTRED
          || row.left() >= gutter && Math.abs(centre - rightCentre) <= width * CENTRED);
      if (!oneSide && !(splits == 0 && i == 0)) break;
      (splits == 0 ? unsplit : pending).add(row);
    }
    if (splits < 2) return List.of();
    int gutter = (gutterFrom + gutterTo) / 2;
    for (Row row : unsplit) {
      for (Word w : row.words()) (w.centreX() < gutter ? left : right).add(w);
    }
    left.addAll(subject(rows, left, right, gutter));
    words.removeAll(left);
    words.removeAll(right);
    List<String> lines = new ArrayList<>();
    lines(left).stream().sorted(Comparator.comparingInt(Row::top)).forEach(r -> lines.add(r.text()));
    lines(right).stream().sorted(Comparator.comparingInt(Row::top)).forEach(r -> lines.add(r.text()));
    return lines;
  }

  /**
   * The rest of the left column under the rows the two columns share: a công văn's subject ("V/v ...", Nghị định
   * 30/2020/NĐ-CP, Phụ lục I) wraps under its number on two or three lines beside nothing. The rows below, top to
   * bottom, that stay left of the gutter, each within {@link #HEADER_LEADING} of the one above; a row right of it
   * (a reception stamp, a speck) is passed over, and one that crosses it ("Kính gửi: ...", the heading) ends it,
   * unless it is the first and opens with "V/v": a short subject typed on one line runs on under the right column,
   * and is still the left column's, under the number.
   */
  private static List<Word> subject(List<Row> rows, List<Word> left, List<Word> right, int gutter) {
    List<Word> subject = new ArrayList<>();
    int headerBottom = left.stream().mapToInt(Word::bottom).max().orElse(0);
    List<Row> below = rows.stream().filter(r -> r.words().stream().noneMatch(w -> left.contains(w) || right.contains(w)))
        .filter(r -> r.top() >= headerBottom - (r.bottom() - r.top()) / 2).sorted(Comparator.comparingInt(Row::top))
        .toList();
    int bottom = headerBottom;
    for (Row row : below) {
      if (row.top() - bottom > HEADER_LEADING * (row.bottom() - row.top())) break;
      if (row.left() >= gutter) continue;
      if (row.right() > gutter && !(subject.isEmpty() && opensSubject(row.text()))) break;
      subject.addAll(row.words());
      bottom = row.bottom();
    }
    return subject;
  }

  /**
   * The foot's two columns, the left one's rows then the right one's, taken out of {@code words}; none when the
   * page does not end in two columns. The foot starts, below the header's zone, at a row with a wide gap (the
   * gutter: "Nơi nhận:" beside the signer's authority) and runs down while every row leaves the gutter blank,
   * either split at it or on one side of it (a recipient under the signature, the signer's name); it ends at a
   * row that crosses it. Two split rows at least, so that a line of body text indented after a wide gap ("Kính
   * gửi:") is no foot. A junk word read from a seal or signature inside the gutter goes to the side of its middle.
   */
  private static List<List<String>> foot(List<Word> words, int width, int height) {
    List<Row> rows = sameRows(lines(words.stream().filter(w -> w.top() >= height * HEADER_ZONE).toList()));
    for (int start = 0; start < rows.size(); start++) {
      int[] gutter = wideGap(rows.get(start), width, FOOT_GUTTER_FROM, FOOT_GUTTER_TO);
      if (gutter == null) continue;
      int splits = 1;
      int end = start + 1;
      for (; end < rows.size(); end++) {
        int[] blank = blankAcross(rows.get(end), gutter, width);
        if (blank == null) break;
        if (blank[0] > rows.get(end).left() && blank[1] < rows.get(end).right()) splits++;
        gutter = new int[] {Math.max(gutter[0], blank[0]), Math.min(gutter[1], blank[1])};
      }
      if (splits < 2) continue;
      int middle = (gutter[0] + gutter[1]) / 2;
      List<Word> left = new ArrayList<>();
      List<Word> right = new ArrayList<>();
      for (Row row : rows.subList(start, end)) {
        for (Word w : row.words()) (w.centreX() < middle ? left : right).add(w);
      }
      words.removeAll(left);
      words.removeAll(right);
      List<List<String>> columns = new ArrayList<>();
      for (List<Word> column : List.of(left, right)) {
        if (!column.isEmpty()) columns.add(sameRows(lines(column)).stream().map(Row::text).toList());
      }
      return columns;
    }
    return List.of();
  }

  /**
   * The row's widest gap between two words if it is a gutter: at least {@link #GUTTER} of the page wide, its middle
   * between {@code from} and {@code to} of the width; else null.
   */
  private static int[] wideGap(Row row, int width, double from, double to) {
    int[] gap = row.widestGap();
    if (gap == null || gap[1] - gap[0] < width * GUTTER) return null;
    int middle = (gap[0] + gap[1]) / 2;
    return middle >= width * from && middle <= width * to ? gap : null;
  }

  /**
   * The blank stretch of the row that overlaps {@code gutter}: a gap between two of its words at least a gutter
   * wide, or the margin beside a row that lies on one side; null when the row's words cross the gutter.
   */
  private static int[] blankAcross(Row row, int[] gutter, int width) {
    List<int[]> blanks = new ArrayList<>();
    blanks.add(new int[] {0, row.left()});
    for (int i = 0; i + 1 < row.words().size(); i++) {
      int from = row.words().get(i).right();
      int to = row.words().get(i + 1).left();
      if (to - from >= width * GUTTER) blanks.add(new int[] {from, to});
    }
    blanks.add(new int[] {row.right(), width});
    for (int[] blank : blanks) {
      if (Math.max(blank[0], gutter[0]) < Math.min(blank[1], gutter[1])) return blank;
    }
    return null;
  }

  /**
   * Rows of Tesseract lines, top to bottom: lines that overlap in height by half the lower one's height are one row
   * (the list's line beside the signer's, when Tesseract made them two blocks).
   */
  private static List<Row> sameRows(List<Row> lines) {
    List<Row> sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.comparingInt(Row::top));
    List<Row> rows = new ArrayList<>();
    for (Row line : sorted) {
      Row last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
      if (last != null && Math.min(last.bottom(), line.bottom()) - line.top() >= SAME_ROW * (line.bottom() - line.top())) {
        List<Word> joined = new ArrayList<>(last.words());
        joined.addAll(line.words());
        rows.set(rows.size() - 1, row(joined, last.top(), Math.max(last.bottom(), line.bottom())));
      } else {
        rows.add(line);
      }
    }
    return rows;
  }

  /** A table's rows, each its cells' text in column order, empty rows left out. */
  private static List<String> rows(RuledTables.Grid grid, List<Word> inside) {
    int rowCount = grid.rows().length - 1;
    int columnCount = grid.columns().length - 1;
    List<List<List<Word>>> cells = new ArrayList<>();
    for (int r = 0; r < rowCount; r++) {
      List<List<Word>> row = new ArrayList<>();
      for (int c = 0; c < columnCount; c++) row.add(new ArrayList<>());
      cells.add(row);
    }
    for (Word w : inside) cells.get(grid.rowOf(w.centreY())).get(grid.columnOf(w.centreX())).add(w);
    List<String> lines = new ArrayList<>();
    for (List<List<Word>> row : cells) {
      if (row.stream().allMatch(List::isEmpty)) continue;
      lines.add(row.stream().map(cell -> rows(cell).stream().map(Row::text).collect(Collectors.joining(" ")))
          .collect(Collectors.joining(CELL_SEPARATOR)));
    }
    return lines;
  }

  /**
   * Words grouped by the Tesseract line they are on, in Tesseract's order. Tesseract follows a skewed or curved
   * line, which rows cut by height do not; a row of the header's two columns is one Tesseract line or two.
   */
  private static List<Row> lines(List<Word> words) {
    Map<Integer, List<Word>> byLine = new LinkedHashMap<>();
    for (Word w : words) byLine.computeIfAbsent(w.line(), line -> new ArrayList<>()).add(w);
    return byLine.values().stream().map(line -> row(line, line.stream().mapToInt(Word::top).min().orElseThrow(),
        line.stream().mapToInt(Word::bottom).max().orElseThrow())).toList();
  }

  /** Words grouped into rows, top to bottom: a word whose middle is within a row's height is on that row. */
  private static List<Row> rows(List<Word> words) {
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(Word::centreY));
    List<Row> rows = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    int top = 0;
    int bottom = 0;
    for (Word w : sorted) {
      if (!current.isEmpty() && w.centreY() > bottom) {
        rows.add(row(current, top, bottom));
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        top = w.top();
        bottom = w.bottom();
      } else {
        top = Math.min(top, w.top());
        bottom = Math.max(bottom, w.bottom());
      }
      current.add(w);
    }
    if (!current.isEmpty()) rows.add(row(current, top, bottom));
    return rows;
  }

  private static Row row(List<Word> words, int top, int bottom) {
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingInt(Word::left));
    return new Row(List.copyOf(sorted), top, bottom);
  }
}
