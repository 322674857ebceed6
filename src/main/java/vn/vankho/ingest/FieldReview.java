package vn.vankho.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vankho.ingest.metadata.DocumentMetadata;
import vn.vankho.ingest.metadata.Extracted;
import vn.vankho.ingest.ocr.PageLayout;
import vn.vankho.ingest.ocr.TextLine;
import vn.vankho.text.Diacritics;
import vn.vankho.text.PageQuality;

/**
 * The fields of a document whose reading must not be trusted, named for an archivist: a number or a date filled
 * in by hand, one that OCR could not make out, or a type or an issuer that the header's form (Nghị định 30/2020/NĐ-CP,
 * its Phụ lục I) says was misread. Offices print "Số:      /QĐ-UBND" and "ngày    tháng    năm"
 * with blanks and write the number and the day in when the decision is signed; OCR reads such digits badly, and
 * a wrong number or date is worse than none (citations resolve by them). So a value is flagged, not guessed,
 * when:
 * <ul>
 *   <li>the number line shows the form's blank: a gap between the number and its "/" ("Số: 729 /QĐ-TTg"), or
 *       letters among its digits ("Số: 7l9/QĐ-TTg"), or no number where the page has a "Số:" line;
 *   <li>the date line has letters or symbols where the day or month go ("ngày 2? tháng 4"), or no date was read
 *       where the page has a "ngày ... tháng ... năm" line;
 *   <li>the engine read one of the number's digits, or of the day's or the month's, with less than
 *       {@link #SURE_DIGITS} confidence: a handwritten "994" read as a clean "324" has no blank and no letter to
 *       give it away, but Tesseract is less sure of pen strokes than of print. Digits are judged by their own
 *       symbols, not by their word, whose confidence includes its letters ("78/QĐ-UBND");
 *   <li>the rest of the form says so: the date was filled in by hand (the number was too), a type heading stands
 *       with no number line, a type taken from a công văn's number, a bare committee or the parent body for the
 *       issuer, a date after today or in another year than its number's, a header OCR could not make out at all
 *       (see each method);
 *   <li>the number's code goes on past what was read ("1906/SGDĐT-CT" of "1906/SGDĐT-CTrTT"), or a field was not
 *       found at all: every document of Nghị định 30 has all four in its header ({@link #notFound}).
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
    NUMBER("Số"), TYPE("Loại văn bản"), ISSUER("Cơ quan ban hành"), DATE("Ngày ban hành");

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
  /**
   * A number cited in a sentence ("Thực hiện Nghị quyết số 42/NQ-CP ngày ..."): "số" in lower case after a word,
   * without the colon of a header's "Số:" or "Luật số:" line.
   */
  private static final Pattern CITED_NUMBER = Pattern.compile("\\S\\s+số\\s+\\d");
  /** A document's own number as its header prints it: "Số:", "Số 229-KH/HU" (a party document), "Luật số: 59/...". */
  private static final Pattern OWN_NUMBER = Pattern.compile("(^|\\W)Số\\b|số\\s*:");
  private static final Pattern GAP_BEFORE_SLASH = Pattern.compile("\\d\\s+/");
  private static final Pattern MIXED = Pattern.compile("\\d[\\p{L}?]|[\\p{L}?]\\d");
  /**
   * Folded, lower case: the place and date ("Hà Nội, ngày ... tháng ... năm"), "ngày" after a comma or opening
   * the line, so that a citation's date ("Chỉ thị số 41-CT/TW ngày 20 tháng 12 năm 2024") is not taken for it;
   * the groups are what stands between "ngày" and "tháng", and between "tháng" and "năm".
   */
  private static final Pattern DATE_LINE =
      Pattern.compile("(?:^|,|^(?!can cu)[\\p{L} .'-]{2,40}?)\\s*ngay(.{0,12}?)thang(.{0,12}?)nam");
  /** Search form: a people's council or committee named without its level and place. */
  private static final Pattern BARE_COUNCIL = Pattern.compile("(uy ban|hoi dong) nhan dan");
  /** Search form: the national motto and the Party's name on the header's right. */
  private static final Pattern MOTTO = Pattern.compile("^(cong hoa|doc lap|dang cong san)");
  /** A number's year: "30/2020/NĐ-CP". */
  private static final Pattern NUMBER_YEAR = Pattern.compile("^\\d+/(\\d{4})/");
  private static final Pattern PLAIN_NUMBER = Pattern.compile("\\s*\\d{1,2}\\s*");
  /**
   * A digit read with less confidence (0 to 100) than this is not trusted in a number or a date: printed digits
   * read at 99 and more on the generated and real scans, handwritten ones lower (docs/ocr.md, "Handwritten fields").
   */
  static final float SURE_DIGITS = 98;
  private static final Pattern DIGIT = Pattern.compile("\\d");
  /** Folded, lower case: the word "Số" opening the number line, with its colon or the number glued on, or alone. */
  private static final Pattern NUMBER_WORD = Pattern.compile("\\W{0,3}s[o06](?:[:;.].*|\\d.*|)");

  private FieldReview() {}

  /**
   * The fields of {@code read} to flag, given the text of the document's first page and the lines the engine read
   * on it with their words' confidences (none for a page with a text layer, whose digits are as printed).
   */
  public static List<Flag> check(DocumentMetadata read, String firstPage, List<TextLine> lines) {
    Header header = Header.of(firstPage);
    List<Flag> flags = new ArrayList<>();
    Optional<Flag> byHand = dateByHand(read, header, lines);
    if (header.unreadable(read)) {
      String why = "không đọc được phần đầu văn bản (số, loại, cơ quan ban hành, ngày): \"" + header.rows().get(0) + "\"";
      // the header holds all four: none of them was read, each is for the archivist to fill in
      for (Field field : Field.values()) flags.add(new Flag(field, why, header.rows().get(0)));
      return List.copyOf(flags);
    }
    number(read, header, lines, byHand.isPresent() && !header.datePlain()).ifPresent(flags::add);
    type(read, header).ifPresent(flags::add);
    issuer(read, header).ifPresent(flags::add);
    byHand.or(() -> impossibleDate(read, header)).ifPresent(flags::add);
    for (Field field : Field.values()) {
      if (flags.stream().noneMatch(f -> f.field() == field) && value(read, field) == null) flags.add(notFound(field));
    }
    flags.sort(Comparator.comparing(Flag::field));
    return List.copyOf(flags);
  }

  /** The value read for {@code field}, null where none was. */
  private static Extracted<?> value(DocumentMetadata read, Field field) {
    return switch (field) {
      case NUMBER -> read.number();
      case TYPE -> read.type();
      case ISSUER -> read.issuer();
      case DATE -> read.date();
    };
  }

  /**
   * A field the reading did not find at all: every document of Nghị định 30 carries its number, its type (a heading,
   * or a công văn's "V/v" subject), its issuing body and its date in the header, so on a scan one not found is one
   * OCR lost (a blurred or curled header, a misread "V/v"), not one the document lacks. No line is named: there is
   * nothing to cut out of the page.
   */
  private static Flag notFound(Field field) {
    String why = switch (field) {
      case NUMBER -> "không tìm thấy số, ký hiệu văn bản ở phần đầu, cần nhập từ bản gốc";
      case TYPE -> "không xác định được loại văn bản (không thấy tên loại hay dòng \"V/v\"), cần nhập từ bản gốc";
      case ISSUER -> "không tìm thấy tên cơ quan ban hành ở phần đầu, cần nhập từ bản gốc";
      case DATE -> "không tìm thấy địa danh và ngày ban hành ở phần đầu, cần nhập từ bản gốc";
    };
    return new Flag(field, why, "");
  }

  /**
   * The first lines of the first page, where Nghị định 30's header stands (issuing body, number, motto, place and
   * date, then the type and the subject), with the number line and the place and date line found among them.
   */
  private record Header(List<String> rows, String numberLine, String dateLine, boolean subjectLine) {
    /** True when {@code line} is one of the header's lines and in capitals: a type heading ("QUYẾT ĐỊNH"). */
    boolean heading(String line) {
      String stripped = line.strip();
      return rows.contains(stripped) && stripped.equals(stripped.toUpperCase(Locale.ROOT))
          && stripped.chars().anyMatch(Character::isLetter);
    }

    /** True when the place and date line gives the day and the month as plain numbers ("ngày 27 tháng 9"). */
    boolean datePlain() {
      if (dateLine == null) return false;
      Matcher m = DATE_LINE.matcher(Diacritics.fold(dateLine).toLowerCase(Locale.ROOT));
      return m.find() && PLAIN_NUMBER.matcher(m.group(1)).matches() && PLAIN_NUMBER.matcher(m.group(2)).matches();
    }

    static Header of(String firstPage) {
      String[] split = Diacritics.nfc(firstPage).split("\\R", HEADER_LINES + 1);
      List<String> rows = new ArrayList<>();
      for (int i = 0; i < Math.min(HEADER_LINES, split.length); i++) {
        if (!split[i].isBlank()) rows.add(split[i].strip());
      }
      if (rows.isEmpty()) rows.add("");
      String numberLine = null;
      String dateLine = null;
      boolean subject = false;
      for (String line : rows) {
        String foldedCase = Diacritics.fold(line);
        String folded = foldedCase.toLowerCase(Locale.ROOT);
        if (numberLine == null && NUMBER_LINE.matcher(foldedCase).find()) numberLine = line;
        if (dateLine == null && DATE_LINE.matcher(folded).find()) dateLine = line;
        subject |= PageLayout.opensSubject(line);
      }
      return new Header(List.copyOf(rows), numberLine, dateLine, subject);
    }

    /**
     * No number line, no place and date line, no issuer nor type read, and the first lines mostly illegible: a
     * photo whose header OCR could not make out (skewed, blurred), whose fields are missing, not absent.
     */
    boolean unreadable(DocumentMetadata read) {
      return numberLine == null && dateLine == null && read.issuer() == null && read.type() == null
          && read.number() == null && PageQuality.isPoor(String.join("\n", rows.subList(0, Math.min(6, rows.size()))));
    }
  }

  /**
   * True when the line goes on with letters or digits right after the number as printed: the reader took only the
   * part of its code it could make out ("1906/SGDĐT-CT" of "1906 /SGDĐT-CTrTT"), so the value kept would be another
   * number.
   */
  private static boolean cutShort(String printed, String line) {
    int at = line.indexOf(printed);
    return at >= 0 && at + printed.length() < line.length()
        && Character.isLetterOrDigit(line.codePointAt(at + printed.length()));
  }

  /** True when the number was read from a sentence that cites it, not from a header's number line. */
  private static boolean cited(Extracted<String> number) {
    return CITED_NUMBER.matcher(number.sourceText()).find() && !OWN_NUMBER.matcher(number.sourceText()).find();
  }

  /**
   * The number, flagged when the form's blank shows, letters are among its digits, a digit was read without
   * confidence, the day or month beside it is not plain digits ({@code dateByHand}: the clerk writes the number and
   * the date in together when the document is registered and sent, Nghị định 30 Điều 15), or none was read where the
   * page has a "Số" line or a type heading in its first lines (every document of Nghị định 30 has a number).
   */
  private static Optional<Flag> number(DocumentMetadata read, Header header, List<TextLine> lines, boolean dateByHand) {
    Extracted<String> number = read.number();
    String numberLine = header.numberLine();
    if (number == null) {
      if (numberLine != null) {
        return Optional.of(new Flag(Field.NUMBER, "không đọc được số văn bản: \"" + numberLine + "\"", numberLine));
      }
      if (read.type() != null && header.heading(read.type().sourceText())) {
        return Optional.of(new Flag(Field.NUMBER, "không thấy dòng số, ký hiệu của văn bản: \"" + header.rows().get(0)
            + "\"", header.rows().get(0)));
      }
      return Optional.empty();
    }
    if (numberLine == null && cited(number)) {
      return Optional.of(new Flag(Field.NUMBER, "số đọc được không ở dòng \"Số:\" của phần đầu, có thể là số của văn bản"
          + " được viện dẫn: \"" + number.sourceText() + "\"", number.sourceText()));
    }
    String printed = read.numberAsPrinted() != null ? read.numberAsPrinted().value() : number.value();
    String head = printed.contains("/") ? printed.substring(0, printed.indexOf('/') + 1) : printed;
    String line = numberLine != null ? numberLine : number.sourceText();
    if (cutShort(printed, number.sourceText())) {
      return Optional.of(new Flag(Field.NUMBER, "số, ký hiệu đọc được không trọn dạng (\"" + number.value()
          + "\"), cần đối chiếu bản gốc: \"" + number.sourceText() + "\"", line));
    }
    if (GAP_BEFORE_SLASH.matcher(head).find()) {
      return Optional.of(new Flag(Field.NUMBER, "số viết tay vào chỗ trống, cần đối chiếu bản gốc: \""
          + number.sourceText() + "\"", line));
    }
    if (MIXED.matcher(head).find()) {
      return Optional.of(new Flag(Field.NUMBER, "số lẫn chữ, có thể đọc sai: \"" + number.sourceText() + "\"", line));
    }
    Optional<Float> unsure = unsureNumber(lines);
    if (unsure.isPresent()) {
      return Optional.of(new Flag(Field.NUMBER, String.format(Locale.ROOT,
          "chữ số đọc không chắc chắn (độ tin cậy %.0f/100), cần đối chiếu bản gốc: \"%s\"", unsure.get(),
          number.sourceText()), line));
    }
    if (dateByHand && numberLine != null) {
      return Optional.of(new Flag(Field.NUMBER, "ngày viết tay nên số cũng có thể viết tay, cần đối chiếu bản gốc: \""
          + number.sourceText() + "\"", line));
    }
    return Optional.empty();
  }

  /**
   * The type, flagged when it was taken from the number's code alone while the page has a "V/v" subject line: Nghị
   * định 30 gives a công văn a number without a type code ("6078/CT-KTT3": Cục Thuế, its Phòng Kiểm tra thuế 3) and
   * a "V/v" subject instead of a type heading, so the code read as a type names the issuer.
   */
  private static Optional<Flag> type(DocumentMetadata read, Header header) {
    Extracted<String> type = read.type();
    if (type == null || read.number() == null || !header.subjectLine()
        || !type.sourceText().equals(read.number().sourceText())) {
      return Optional.empty();
    }
    return Optional.of(new Flag(Field.TYPE, "loại văn bản chỉ suy từ ký hiệu số, nhưng có dòng \"V/v\" của công văn: \""
        + type.sourceText() + "\"", type.sourceText()));
  }

  /**
   * The issuer, flagged when none was recognised in the body's name above the number line, when it is a people's council or committee without its level and place (not one body of
   * thousands), or when it was read from a header line with another body's line under it: Nghị định 30 puts the
   * parent body (cơ quan chủ quản) above the issuing one, so "SỞ Y TẾ BẮC NINH" over "BỆNH VIỆN ĐA KHOA TỈNH" is
   * the hospital's letter, not the department's.
   */
  private static Optional<Flag> issuer(DocumentMetadata read, Header header) {
    Extracted<String> issuer = read.issuer();
    if (issuer == null) {
      // the body's name stands above the number line: a header read, a body not recognised in it
      int numberAt = header.numberLine() == null ? -1 : header.rows().indexOf(header.numberLine());
      String above = numberAt > 0 ? capitalRun(header.rows().get(numberAt - 1)) : "";
      return above.isEmpty() || MOTTO.matcher(Diacritics.searchForm(above)).find() ? Optional.empty()
          : Optional.of(new Flag(Field.ISSUER, "không nhận ra cơ quan ban hành: \"" + above + "\"", above));
    }
    String folded = Diacritics.searchForm(issuer.value());
    if (BARE_COUNCIL.matcher(folded).matches()) {
      return Optional.of(new Flag(Field.ISSUER, "cơ quan ban hành thiếu cấp và địa danh: \"" + issuer.sourceText()
          + "\"", issuer.sourceText()));
    }
    int at = header.rows().indexOf(issuer.sourceText().strip());
    if (at < 0 || at + 1 >= header.rows().size()) return Optional.empty();
    String below = capitalRun(header.rows().get(at + 1));
    if (below.isEmpty() || MOTTO.matcher(Diacritics.searchForm(below)).find()
        || folded.contains(Diacritics.searchForm(below))) {
      return Optional.empty();
    }
    return Optional.of(new Flag(Field.ISSUER, "cơ quan ban hành có thể là dòng dưới (dòng trên là cơ quan chủ quản): \""
        + issuer.sourceText() + " / " + below + "\"", issuer.sourceText()));
  }

  /** The words in capitals a line opens with, two at least (a body's name in a header); else empty. */
  private static String capitalRun(String line) {
    List<String> words = new ArrayList<>();
    for (String word : line.split("\\s+")) {
      String letters = word.replaceAll("[^\\p{L}]", "");
      if (letters.isEmpty() || !letters.equals(letters.toUpperCase(Locale.ROOT))) break;
      words.add(word);
    }
    return words.size() >= 2 ? String.join(" ", words) : "";
  }

  /**
   * The date, flagged as filled in by hand when the place and date line has letters or symbols where the day or
   * month go, gives no date, or a digit of the day or month was read without confidence.
   */
  private static Optional<Flag> dateByHand(DocumentMetadata read, Header header, List<TextLine> lines) {
    String dateLine = header.dateLine();
    if (dateLine == null) return Optional.empty();
    if (!header.datePlain()) {
      return Optional.of(new Flag(Field.DATE, "ngày, tháng không đọc rõ (có thể viết tay): \"" + dateLine + "\"",
          dateLine));
    }
    if (read.date() == null) {
      return Optional.of(new Flag(Field.DATE, "không đọc được ngày ban hành: \"" + dateLine + "\"", dateLine));
    }
    Optional<Float> unsure = unsureDate(lines);
    if (unsure.isPresent()) {
      return Optional.of(new Flag(Field.DATE, String.format(Locale.ROOT,
          "ngày, tháng đọc không chắc chắn (độ tin cậy %.0f/100, có thể viết tay): \"%s\"", unsure.get(), dateLine),
          dateLine));
    }
    return Optional.empty();
  }

  /**
   * The date, flagged when it cannot be the document's: after today, or in another year than the one its number
   * carries ("30/2020/NĐ-CP").
   */
  private static Optional<Flag> impossibleDate(DocumentMetadata read, Header header) {
    String dateLine = header.dateLine();
    if (dateLine == null || read.date() == null) return Optional.empty();
    LocalDate date = read.date().value();
    if (date.isAfter(LocalDate.now())) {
      return Optional.of(new Flag(Field.DATE, "ngày ban hành sau hôm nay, có thể đọc sai: \"" + dateLine + "\"", dateLine));
    }
    Matcher year = NUMBER_YEAR.matcher(read.number() == null ? "" : read.number().value());
    if (year.find() && Integer.parseInt(year.group(1)) != date.getYear()) {
      return Optional.of(new Flag(Field.DATE, "năm ban hành khác năm trong số " + read.number().value() + ": \""
          + dateLine + "\"", dateLine));
    }
    return Optional.empty();
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
        if (DIGIT.matcher(word.text()).find()) least = Math.min(least, word.digitConfidence());
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
          if (DIGIT.matcher(word.text()).find()) least = Math.min(least, word.digitConfidence());
        }
        if (least < Float.MAX_VALUE) return least < SURE_DIGITS ? Optional.of(least) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** {@code read} without the values of the flagged fields: a flagged value is shown for review, not kept. */
  public static DocumentMetadata withoutFlagged(DocumentMetadata read, List<Flag> flags) {
    boolean number = flags.stream().anyMatch(f -> f.field() == Field.NUMBER);
    boolean type = flags.stream().anyMatch(f -> f.field() == Field.TYPE);
    boolean issuer = flags.stream().anyMatch(f -> f.field() == Field.ISSUER);
    boolean date = flags.stream().anyMatch(f -> f.field() == Field.DATE);
    if (!number && !type && !issuer && !date) return read;
    return new DocumentMetadata(number ? null : read.number(), number ? null : read.numberAsPrinted(),
        type ? null : read.type(), type ? null : read.typeName(), issuer ? null : read.issuer(), read.place(),
        date ? null : read.date(), read.subject(), read.signerTitle(),
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
