package vn.vankho.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vankho.ingest.metadata.DocumentMetadata;
import vn.vankho.ingest.metadata.Extracted;
import vn.vankho.ingest.ocr.TextLine;
import vn.vankho.text.Diacritics;

/**
 * The fields of a document whose reading must not be trusted, named for an archivist: a number or a date filled
 * in by hand, or one that OCR could not make out. Offices print "Số:      /QĐ-UBND" and "ngày    tháng    năm"
 * with blanks and write the number and the day in when the decision is signed; OCR reads such digits badly, and
 * a wrong number or date is worse than none (citations resolve by them). So a value is flagged, not guessed,
 * when:
 * <ul>
 *   <li>the number line shows the form's blank: a gap between the number and its "/" ("Số: 729 /QĐ-TTg"), or
 *       letters among its digits ("Số: 7l9/QĐ-TTg"), or no number where the page has a "Số:" line;
 *   <li>the date line has letters or symbols where the day or month go ("ngày 2? tháng 4"), or no date was read
 *       where the page has a "ngày ... tháng ... năm" line;
 *   <li>the engine read the number's digits, or the day's or the month's, with less than {@link #SURE_DIGITS}
 *       confidence: a handwritten "994" read as a clean "324" has no blank and no letter to give it away, but
 *       Tesseract is far less sure of pen strokes than of the print around them.
 * </ul>
 */
public final class FieldReview {
  /**
   * A field that reading cannot vouch for: {@code why} says what was seen, {@code line} is the line of the page
   * it was read from (its image is cut out for the archivist to read).
   */
  public record Flag(Field field, String why, String line) {
    /** The field's Vietnamese name. */
    public String label() {
      return field.label();
    }
  }

  /** The fields judged here, with their names as the archive shows them. */
  public enum Field {
    NUMBER("Số"), DATE("Ngày ban hành");

    private final String label;

    Field(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Lines of the first page where the header (number, place and date) is looked for. */
  private static final int HEADER_LINES = 12;
  private static final Pattern NUMBER_LINE = Pattern.compile("^\\W{0,3}s[o0ôố6]\\s*[:;.]", Pattern.CASE_INSENSITIVE);
  private static final Pattern GAP_BEFORE_SLASH = Pattern.compile("\\d\\s+/");
  private static final Pattern MIXED = Pattern.compile("\\d[\\p{L}?]|[\\p{L}?]\\d");
  /**
   * Folded, lower case: the place and date ("Hà Nội, ngày ... tháng ... năm"), "ngày" after a comma or opening
   * the line, so that a citation's date ("Chỉ thị số 41-CT/TW ngày 20 tháng 12 năm 2024") is not taken for it;
   * the groups are what stands between "ngày" and "tháng", and between "tháng" and "năm".
   */
  private static final Pattern DATE_LINE = Pattern.compile("(?:^|,)\\s*ngay(.{0,12}?)thang(.{0,12}?)nam");
  private static final Pattern PLAIN_NUMBER = Pattern.compile("\\s*\\d{1,2}\\s*");
  /** Digits read with less confidence (0 to 100) than this are not trusted as a number or a date. */
  static final float SURE_DIGITS = 75;
  private static final Pattern DIGIT = Pattern.compile("\\d");
  /** Folded, lower case: the word "Số" opening the number line, with its colon or the number glued on, or alone. */
  private static final Pattern NUMBER_WORD = Pattern.compile("\\W{0,3}s[o06](?:[:;.].*|\\d.*|)");

  private FieldReview() {}

  /**
   * The fields of {@code read} to flag, given the text of the document's first page and the lines the engine read
   * on it with their words' confidences (none for a page with a text layer, whose digits are as printed).
   */
  public static List<Flag> check(DocumentMetadata read, String firstPage, List<TextLine> lines) {
    List<Flag> flags = new ArrayList<>();
    String[] rows = Diacritics.nfc(firstPage).split("\\R", HEADER_LINES + 1);
    String numberLine = null;
    String dateLine = null;
    for (int i = 0; i < Math.min(HEADER_LINES, rows.length); i++) {
      String line = rows[i].strip();
      if (numberLine == null && NUMBER_LINE.matcher(Diacritics.fold(line)).find()) numberLine = line;
      if (dateLine == null && DATE_LINE.matcher(Diacritics.fold(line).toLowerCase(Locale.ROOT)).find()) dateLine = line;
    }
    Extracted<String> number = read.number();
    if (number == null && numberLine != null) {
      flags.add(new Flag(Field.NUMBER, "không đọc được số văn bản: \"" + numberLine + "\"", numberLine));
    } else if (number != null) {
      String printed = read.numberAsPrinted() != null ? read.numberAsPrinted().value() : number.value();
      String head = printed.contains("/") ? printed.substring(0, printed.indexOf('/') + 1) : printed;
      Optional<Float> unsure = unsureNumber(lines);
      if (GAP_BEFORE_SLASH.matcher(head).find()) {
        flags.add(new Flag(Field.NUMBER, "số viết tay vào chỗ trống, cần đối chiếu bản gốc: \"" + number.sourceText() + "\"",
            numberLine != null ? numberLine : number.sourceText()));
      } else if (MIXED.matcher(head).find()) {
        flags.add(new Flag(Field.NUMBER, "số lẫn chữ, có thể đọc sai: \"" + number.sourceText() + "\"",
            numberLine != null ? numberLine : number.sourceText()));
      } else if (unsure.isPresent()) {
        flags.add(new Flag(Field.NUMBER, String.format(Locale.ROOT,
            "chữ số đọc không chắc chắn (độ tin cậy %.0f/100), cần đối chiếu bản gốc: \"%s\"", unsure.get(),
            number.sourceText()), numberLine != null ? numberLine : number.sourceText()));
      }
    }
    if (dateLine != null) {
      Matcher m = DATE_LINE.matcher(Diacritics.fold(dateLine).toLowerCase(Locale.ROOT));
      boolean plain = m.find() && PLAIN_NUMBER.matcher(m.group(1)).matches() && PLAIN_NUMBER.matcher(m.group(2)).matches();
      Optional<Float> unsure = unsureDate(lines);
      if (read.date() == null || !plain) {
        flags.add(new Flag(Field.DATE, "ngày, tháng không đọc rõ (có thể viết tay): \"" + dateLine + "\"", dateLine));
      } else if (unsure.isPresent()) {
        flags.add(new Flag(Field.DATE, String.format(Locale.ROOT,
            "ngày, tháng đọc không chắc chắn (độ tin cậy %.0f/100, có thể viết tay): \"%s\"", unsure.get(), dateLine),
            dateLine));
      }
    }
    return List.copyOf(flags);
  }

  /**
   * The lowest confidence of the digits of the number, where it is under {@link #SURE_DIGITS}: the words with digits
   * after the "Số" that opens one of the page's first lines, up to the one with the number's "/".
   */
  private static Optional<Float> unsureNumber(List<TextLine> lines) {
    for (TextLine line : lines.subList(0, Math.min(HEADER_LINES, lines.size()))) {
      List<TextLine.Word> words = line.words();
      if (words.isEmpty() || !NUMBER_WORD.matcher(Diacritics.fold(words.get(0).text()).toLowerCase(Locale.ROOT))
          .matches()) {
        continue;
      }
      float least = Float.MAX_VALUE;
      for (int j = 0; j < words.size() && j < 4; j++) {
        TextLine.Word word = words.get(j);
        if (DIGIT.matcher(word.text()).find()) least = Math.min(least, word.confidence());
        if (word.text().contains("/")) break;
      }
      if (least < Float.MAX_VALUE) return least < SURE_DIGITS ? Optional.of(least) : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * The lowest confidence of the day's and the month's digits, where it is under {@link #SURE_DIGITS}: the words
   * with digits between "ngày" (opening the line or after a comma, as the place and date print it) and "năm".
   */
  private static Optional<Float> unsureDate(List<TextLine> lines) {
    for (TextLine line : lines.subList(0, Math.min(HEADER_LINES, lines.size()))) {
      List<TextLine.Word> words = line.words();
      for (int i = 0; i < words.size(); i++) {
        boolean opens = i == 0 || words.get(i - 1).text().endsWith(",");
        if (!opens || !Diacritics.fold(words.get(i).text()).equalsIgnoreCase("ngay")) continue;
        float least = Float.MAX_VALUE;
        for (int j = i + 1; j < words.size(); j++) {
          TextLine.Word word = words.get(j);
          if (Diacritics.fold(word.text()).equalsIgnoreCase("nam")) break;
          if (DIGIT.matcher(word.text()).find()) least = Math.min(least, word.confidence());
        }
        if (least < Float.MAX_VALUE) return least < SURE_DIGITS ? Optional.of(least) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** {@code read} without the values of the flagged fields: a flagged value is shown for review, not kept. */
  public static DocumentMetadata withoutFlagged(DocumentMetadata read, List<Flag> flags) {
    boolean number = flags.stream().anyMatch(f -> f.field() == Field.NUMBER);
    boolean date = flags.stream().anyMatch(f -> f.field() == Field.DATE);
    if (!number && !date) return read;
    return new DocumentMetadata(number ? null : read.number(), number ? null : read.numberAsPrinted(), read.type(),
        read.typeName(), read.issuer(), read.place(), date ? null : read.date(), read.subject(), read.signerTitle(),
        read.signerName(), read.recipients(), read.citations(), read.secrecy(), read.urgency());
  }

  /** What the review list shows: "Cần kiểm tra Số: số viết tay ...; Ngày ban hành: ...". */
  public static String problem(List<Flag> flags) {
    StringBuilder text = new StringBuilder("Cần kiểm tra");
    for (int i = 0; i < flags.size(); i++) {
      text.append(i == 0 ? " " : "; ").append(flags.get(i).label()).append(": ").append(flags.get(i).why());
    }
    return text.toString();
  }
}
