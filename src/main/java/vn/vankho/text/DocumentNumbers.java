package vn.vankho.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds document numbers in text, in both official styles, and reads the numbers people type.
 *
 * <ul>
 *   <li>Party: {@code 229-KH/HU}, {@code 41-CT/TW}, {@code 05-CT/TW}, spaces allowed around - and /.
 *   <li>State: {@code 123/QĐ-UBND}, {@code 30/2020/NĐ-CP}, {@code 17/2025/QĐ-TTg}.
 *   <li>Laws and resolutions of the National Assembly and its Standing Committee, with no type code:
 *       {@code 59/2020/QH14}, {@code 87/2025/UBTVQH15} (the code names the legislature's term).
 *   <li>Numbers of the 1990s with no type code, after "số" and with an issuer the table knows: "Quyết định số
 *       118/TTg", "Số: 923/TTg", "Nghị định số 12/CP".
 *   <li>Numbers before 1992 with a type code and no issuer, after "số": "Số: 194-LCT" (a Lệnh of the Chủ tịch
 *       nước); typed into a number field, "194-LCT" alone.
 *   <li>Serials of a numbered series: {@code 66.12/2026/NQ-CP}.
 *   <li>Joint documents of several issuers: {@code 17/2014/TTLT-BLĐTBXH-BTC}, {@code 12/2016/TTLT-BLĐTBXH-BGDĐT-BTC},
 *       up to the six of the procedure circulars: {@code 29/2025/TTLT-BTP-BCA-BQP-BTC-TANDTC-VKSNDTC}.
 *   <li>Cyrillic capitals that look Latin, typed into codes by web copies ("TT-BTС"), read as the Latin ones.
 *   <li>OCR slips: issuer codes with stray marks or P for Đ are read as the known code ("HỦ" is HU,
 *       "HPND" HĐND), and so are type codes ("QP-UBND" is QĐ-UBND); "số" misread as "s6", "sb", "sé"
 *       still marks a number line ({@link #numberLine}).
 * </ul>
 * A match counts only when its type code is a known one (index-config/document-types.txt), so
 * "COVID-19" or a date "15/3/2025" is not a number. An issuer written with lower-case letters counts only
 * when index-config/issuer-codes.txt knows it ("TTg").
 */
public final class DocumentNumbers {
  private static final String CODE = "[\\p{Lu}][\\p{L}]{0,5}";
  private static final String ISSUER = "[\\p{Lu}][\\p{L}\\d]{0,9}(?:-[\\p{Lu}][\\p{L}\\d]{0,9}){0,5}";
  private static final String SERIAL = "(\\d{1,5}(?:\\.\\d{1,3})?)";
  /**
   * A serial glued to the word "số" before it, as web copies lose the space ("Quy định số31-QĐ/TW"): a serial
   * otherwise never begins inside a word.
   */
  private static final String AFTER_NUMBER_WORD = "|(?<=(?<!\\p{L})[Ss][ốo])";
  private static final Pattern PARTY = Pattern.compile(
      "(?:(?<![\\p{L}\\d/-])" + AFTER_NUMBER_WORD + ")(\\d{1,5})(?:\\s*/\\s*(\\d{4}))?\\s*-\\s*(" + CODE + ")\\s*/\\s*(" + ISSUER + ")(?![\\p{L}\\d])");
  private static final Pattern STATE = Pattern.compile(
      "(?:(?<![\\p{L}\\d/.-])" + AFTER_NUMBER_WORD + ")" + SERIAL + "\\s*/\\s*(?:(\\d{4})\\s*/\\s*)?(" + CODE + ")\\s*-\\s*(" + ISSUER + ")(?![\\p{L}\\d])");
  /** A law or resolution of the legislature: serial, year, QH or UBTVQH with the term ("QH15"); no type code. */
  private static final Pattern LEGISLATIVE = Pattern.compile(
      "(?<![\\p{L}\\d/.-])(\\d{1,5})\\s*/\\s*(\\d{4})\\s*/\\s*((?:UBTVQH|QH)\\d{1,2})(?![\\p{L}\\d/-])");
  /** "số 118/TTg": a serial and a known issuer after the word "số", with no type code between. */
  private static final Pattern ISSUER_ONLY = Pattern.compile(
      "(?<![\\p{L}\\d])[Ss](?:ố|o)\\s*:?\\s*(\\d{1,5})\\s*/\\s*([\\p{Lu}][\\p{L}]{1,9})(?![\\p{L}\\d/-])");
  /** "Số: 194-LCT": a serial and a known type code after the word "số", with no issuer after it. */
  private static final Pattern TYPE_ONLY = Pattern.compile(
      "(?<![\\p{L}\\d])[Ss](?:ố|o)\\s*:?\\s*(\\d{1,5})\\s*-\\s*(" + CODE + ")(?![\\p{L}\\d/-])");
  /** The same number standing alone, as typed into a number field. */
  private static final Pattern TYPE_ONLY_ALONE = Pattern.compile("(\\d{1,5})\\s*-\\s*(" + CODE + ")");
  /** Cyrillic capitals that look like Latin ones, and the Latin ones. */
  private static final String CYRILLIC_LOOKALIKES = "\u0410\u0412\u0421\u0415\u041d\u041a\u041c\u041e\u0420\u0422\u0425";
  private static final String LATIN_LOOKALIKES = "ABCEHKMOPTX";
  /** The range the look-alikes lie in (А to Х), so that other characters are passed by one comparison. */
  private static final char CYRILLIC_FIRST = '\u0410';
  private static final char CYRILLIC_LAST = '\u0425';
  /** "số" in its search form, and as OCR reads it; "s" alone is what is left when the mark is lost too. */
  private static final String NUMBER_WORD = "(?:so|s6|sb|se|s0|s5|s)";
  private static final Pattern NUMBER_WORD_BEFORE = Pattern.compile(
      "(?<![\\p{L}\\d])" + NUMBER_WORD + "\\s*:?\\s*$");
  private static final Pattern NUMBER_LINE_PREFIX = Pattern.compile("^\\s*" + NUMBER_WORD + "\\s*:?\\s*$");
  private static final char LETTER_P = 'P';
  private static final char CAPITAL_D_WITH_STROKE = '\u0110';

  private DocumentNumbers() {}

  /** A number found in text, with where it stood and how it was printed. */
  public record Found(DocumentNumber number, int start, int end, String printed) {}

  /**
   * What a search query asks for by number: full numbers as keys ({@link DocumentNumber#keys()}), partial
   * ones (type and serial, no issuer) as key prefixes such as "41-ct-", and the rest of the query.
   */
  public record NumberQuery(List<String> exactKeys, List<String> keyPrefixes, String remainder) {
    public NumberQuery {
      exactKeys = List.copyOf(exactKeys);
      keyPrefixes = List.copyOf(keyPrefixes);
    }

    /** True when the query names a number, fully or in part. */
    public boolean hasNumber() {
      return !exactKeys.isEmpty() || !keyPrefixes.isEmpty();
    }
  }

  /**
   * Every document number in {@code text}, in order of appearance. The patterns are tried only where a number can
   * begin ({@link Starts}), not at every character of the page: running them along whole pages was a tenth of
   * the CPU of importing texts. The matches are those {@link Matcher#find()} gives, start for start.
   */
  public static List<Found> find(String text) {
    String nfc = latinLookalikes(Diacritics.nfc(text));
    Starts starts = Starts.of(nfc);
    List<Found> found = new ArrayList<>();
    collect(matches(PARTY, nfc, starts.serials), DocumentNumber.Style.PARTY, found);
    collect(matches(STATE, nfc, starts.serials), DocumentNumber.Style.STATE, found);
    for (MatchResult m : matches(ISSUER_ONLY, nfc, starts.numberWords)) {
      Optional<String> issuer = IssuerCodes.canonical(m.group(2));
      if (issuer.isPresent()) {
        found.add(new Found(new DocumentNumber(m.group(1), null, "", issuer.get(), DocumentNumber.Style.STATE),
            m.start(1), m.end(), nfc.substring(m.start(1), m.end())));
      }
    }
    for (MatchResult m : matches(TYPE_ONLY, nfc, starts.numberWords)) {
      typeOnly(m.group(1), m.group(2)).ifPresent(number ->
          found.add(new Found(number, m.start(1), m.end(), nfc.substring(m.start(1), m.end()))));
    }
    for (MatchResult m : matches(LEGISLATIVE, nfc, starts.serials)) {
      found.add(new Found(new DocumentNumber(m.group(1), Integer.valueOf(m.group(2)), "", m.group(3),
          DocumentNumber.Style.STATE), m.start(), m.end(), m.group()));
    }
    found.sort(Comparator.comparingInt(Found::start));
    return found;
  }

  /**
   * Where in a text a number can begin, found in one pass over it. A serial ({@link #PARTY}, {@link #STATE},
   * {@link #LEGISLATIVE}) begins a run of digits and is followed, after spaces and at most a ".12" part, by '/'
   * or '-'; a number after the word ({@link #ISSUER_ONLY}, {@link #TYPE_ONLY}) begins at "Số" or "so".
   */
  private record Starts(int[] serials, int[] numberWords) {
    static Starts of(String text) {
      int n = text.length();
      int[] serials = new int[16];
      int serialCount = 0;
      int[] words = new int[16];
      int wordCount = 0;
      for (int i = 0; i < n; i++) {
        char c = text.charAt(i);
        if (isDigit(c)) {
          int start = i;
          while (i + 1 < n && isDigit(text.charAt(i + 1))) {
            i++;
          }
          if (separatorAfter(text, i + 1) || text.startsWith(".", i + 1) && i + 2 < n && isDigit(text.charAt(i + 2))
              && separatorAfter(text, digitsEnd(text, i + 2))) {
            if (serialCount == serials.length) {
              serials = Arrays.copyOf(serials, serialCount * 2);
            }
            serials[serialCount++] = start;
          }
        } else if ((c == 'S' || c == 's') && i + 1 < n && (text.charAt(i + 1) == 'ố' || text.charAt(i + 1) == 'o')) {
          if (wordCount == words.length) {
            words = Arrays.copyOf(words, wordCount * 2);
          }
          words[wordCount++] = i;
        }
      }
      return new Starts(Arrays.copyOf(serials, serialCount), Arrays.copyOf(words, wordCount));
    }

    /** '/' or '-' at {@code i} after spaces, as the patterns' {@code \s*} reads them. */
    private static boolean separatorAfter(String text, int i) {
      while (i < text.length() && isSpace(text.charAt(i))) {
        i++;
      }
      return i < text.length() && (text.charAt(i) == '/' || text.charAt(i) == '-');
    }

    private static int digitsEnd(String text, int i) {
      while (i < text.length() && isDigit(text.charAt(i))) {
        i++;
      }
      return i;
    }

    /** {@code \d} of the patterns: ASCII digits only. */
    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    /** {@code \s} of the patterns: [ \t\n\x0B\f\r]. */
    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
  }

  /**
   * The matches {@code pattern.matcher(text).find()} gives one after another, when a match can begin only at
   * {@code starts}: each start is tried as find() would try it (what stands before it still counts for the
   * look-behinds), skipping those inside the last match.
   */
  private static List<MatchResult> matches(Pattern pattern, String text, int[] starts) {
    List<MatchResult> results = new ArrayList<>();
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int end = 0;
    for (int start : starts) {
      if (start < end) {
        continue;
      }
      m.region(start, text.length());
      if (m.lookingAt()) {
        results.add(m.toMatchResult());
        end = m.end();
      }
    }
    return results;
  }

  /**
   * The search keys ({@link DocumentNumber#keys}) of a document's number as written or corrected; none when it is
   * null, blank or not a number. Reading, correcting and indexing a number all take its keys from here.
   */
  public static List<String> keysOf(String number) {
    return number == null || number.isBlank() ? List.of() : parse(number).map(DocumentNumber::keys).orElse(List.of());
  }

  /** The number when {@code text} is one, e.g. a value typed into a number field. */
  public static Optional<DocumentNumber> parse(String text) {
    List<Found> found = find(text.strip());
    if (found.isEmpty()) {
      Matcher alone = TYPE_ONLY_ALONE.matcher(Diacritics.nfc(text.strip()));
      return alone.matches() ? typeOnly(alone.group(1), alone.group(2)) : Optional.empty();
    }
    return found.size() == 1 ? Optional.of(found.get(0).number()) : Optional.empty();
  }

  /** A number with a type code and no issuer, when the code is a known type's. */
  private static Optional<DocumentNumber> typeOnly(String serial, String code) {
    return DocumentTypes.canonicalCode(code)
        .map(type -> new DocumentNumber(serial, null, type, "", DocumentNumber.Style.PARTY));
  }

  /**
   * The document's own number: the first number that opens a line after "Số" ("Số: 123/QĐ-UBND",
   * "Số 229-KH/HU", OCR "S6 229 - KH/HU"), as opposed to the numbers the document cites.
   */
  public static Optional<Found> numberLine(String text) {
    String nfc = Diacritics.nfc(text);
    for (Found found : find(nfc)) {
      int lineStart = nfc.lastIndexOf('\n', found.start() - 1) + 1;
      if (NUMBER_LINE_PREFIX.matcher(Diacritics.searchForm(nfc.substring(lineStart, found.start()))).matches()) {
        return Optional.of(found);
      }
    }
    return Optional.empty();
  }

  /**
   * Reads what a search query asks for by number.
   *
   * <ul>
   *   <li>Full numbers in any style and case: "41-CT/TW", "41/ct-tw", "số 123/QĐ-UBND", "123/qd-ubnd".
   *   <li>Type and serial, no issuer: "CT 41", "ct41", "chỉ thị 41", "chi thi so 41", "kế hoạch số 229",
   *       "41-CT": key prefix "41-ct-"; a type name two codes share ("quy định") gives both prefixes.
   * </ul>
   * The words "số" and the type name before a number belong to it and leave the remainder with it:
   * "khen thưởng chỉ thị số 41" gives prefix "41-ct-" and remainder "khen thưởng".
   */
  public static NumberQuery parseQuery(String query) {
    String nfc = Diacritics.nfc(query);
    String search = alignedSearchForm(nfc);
    Set<String> exactKeys = new LinkedHashSet<>();
    Set<String> prefixes = new LinkedHashSet<>();
    boolean[] taken = new boolean[nfc.length()];
    String upper = nfc.toUpperCase(Locale.ROOT);
    for (Found found : find(upper.length() == nfc.length() ? upper : nfc)) {
      exactKeys.addAll(found.number().keys());
      String typeName = DocumentTypes.name(found.number().type()).map(Diacritics::searchForm).orElse("");
      take(taken, extendBack(search, found.start(), typeName), found.end());
    }
    String masked = mask(search, taken);
    for (Matcher m = QueryForms.TYPE_THEN_SERIAL.matcher(masked); m.find(); ) {
      QueryForms.codesFor(m.group(1)).forEach(code -> prefixes.add(prefix(m.group(2), code)));
      take(taken, m.start(), m.end());
    }
    masked = mask(search, taken);
    for (Matcher m = QueryForms.SERIAL_THEN_CODE.matcher(masked); m.find(); ) {
      QueryForms.codesFor(m.group(2)).forEach(code -> prefixes.add(prefix(m.group(1), code)));
      take(taken, extendBack(search, m.start(), ""), m.end());
    }
    StringBuilder remainder = new StringBuilder();
    for (int i = 0; i < nfc.length(); i++) {
      remainder.append(taken[i] ? ' ' : nfc.charAt(i));
    }
    String rest = remainder.toString().strip().replaceAll("\\s+", " ");
    return new NumberQuery(List.copyOf(exactKeys), List.copyOf(prefixes), rest);
  }

  private static String prefix(String serial, String code) {
    return serial.replaceFirst("^0+(?=\\d)", "") + "-" + DocumentNumber.keyPart(code) + "-";
  }

  /** Moves a number's start back over "số" and over the type's name, when they stand right before it. */
  private static int extendBack(String search, int start, String typeName) {
    int from = start;
    Matcher word = NUMBER_WORD_BEFORE.matcher(search.substring(0, from));
    if (word.find()) {
      from = word.start();
    }
    String before = search.substring(0, from).stripTrailing();
    if (!typeName.isEmpty() && before.endsWith(typeName)) {
      int nameStart = before.length() - typeName.length();
      if (nameStart == 0 || !Character.isLetterOrDigit(before.charAt(nameStart - 1))) {
        from = nameStart;
      }
    }
    return from;
  }

  private static void take(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      taken[i] = true;
    }
  }

  private static String mask(String text, boolean[] taken) {
    StringBuilder masked = new StringBuilder(text);
    for (int i = 0; i < taken.length; i++) {
      if (taken[i]) {
        masked.setCharAt(i, ' ');
      }
    }
    return masked.toString();
  }

  /** The search form of {@code nfc} with one char for each char, so positions carry over. */
  private static String alignedSearchForm(String nfc) {
    StringBuilder out = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      String one = Diacritics.searchForm(String.valueOf(nfc.charAt(i)));
      out.append(one.length() == 1 ? one.charAt(0) : nfc.charAt(i));
    }
    return out.toString();
  }

  /** The text with Cyrillic look-alike capitals as Latin ones; same length, so offsets hold. */
  private static String latinLookalikes(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int k = c < CYRILLIC_FIRST || c > CYRILLIC_LAST ? -1 : CYRILLIC_LOOKALIKES.indexOf(c);
      if (k >= 0) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        out.setCharAt(i, LATIN_LOOKALIKES.charAt(k));
      }
    }
    return out == null ? text : out.toString();
  }

  private static void collect(List<MatchResult> matches, DocumentNumber.Style style, List<Found> into) {
    for (MatchResult m : matches) {
      Optional<String> type = typeCode(m.group(3));
      Optional<String> issuer = issuerCode(m.group(4));
      if (type.isEmpty() || issuer.isEmpty()) {
        continue;
      }
      Integer year = m.group(2) == null ? null : Integer.valueOf(m.group(2));
      into.add(new Found(new DocumentNumber(m.group(1), year, type.get(), issuer.get(), style),
          m.start(), m.end(), m.group()));
    }
  }

  /** A known type code, also when OCR read its Đ as P ("QP" is QĐ; "PA" stays PA, a code of its own). */
  private static Optional<String> typeCode(String written) {
    Optional<String> code = DocumentTypes.canonicalCode(written);
    if (code.isPresent() || written.indexOf(LETTER_P) < 0) {
      return code;
    }
    return DocumentTypes.canonicalCode(written.replace(LETTER_P, CAPITAL_D_WITH_STROKE))
        .filter(c -> c.indexOf(CAPITAL_D_WITH_STROKE) >= 0);
  }

  /** The issuer as the table spells it; an unknown issuer counts as written when it is all capitals. */
  private static Optional<String> issuerCode(String written) {
    Optional<String> known = IssuerCodes.canonical(written);
    if (known.isPresent()) {
      return known;
    }
    String upper = written.toUpperCase(Locale.ROOT);
    return upper.equals(written) ? Optional.of(upper) : Optional.empty();
  }

  /** The typed forms of a partial number, built from the type table once. */
  private static final class QueryForms {
    /** Folded code or name ("ct", "chi thi") to the codes it stands for. */
    static final Map<String, List<String>> CODES_BY_WORDS = wordsIndex();
    static final Pattern TYPE_THEN_SERIAL = Pattern.compile(
        "(?<![\\p{L}\\d])(" + alternatives(CODES_BY_WORDS.keySet()) + ")\\s*(?:" + NUMBER_WORD
            + "\\s*:?\\s*)?(\\d{1,5})(?![\\p{L}\\d/-])");
    static final Pattern SERIAL_THEN_CODE = Pattern.compile(
        "(?<![\\p{L}\\d/-])(\\d{1,5})\\s*[-/]\\s*(" + alternatives(codes()) + ")(?![\\p{L}\\d/-])");

    static List<String> codesFor(String words) {
      return CODES_BY_WORDS.getOrDefault(words.replaceAll("\\s+", " "), List.of());
    }

    private static Map<String, List<String>> wordsIndex() {
      Map<String, List<String>> index = new LinkedHashMap<>();
      DocumentTypes.all().keySet().forEach(code -> index.putIfAbsent(Diacritics.searchForm(code),
          List.of(DocumentTypes.canonicalCode(code).orElseThrow())));
      Map<String, List<String>> byName = DocumentTypes.all().entrySet().stream().collect(Collectors.groupingBy(
          e -> Diacritics.searchForm(e.getValue()), LinkedHashMap::new,
          Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
      byName.forEach(index::putIfAbsent);
      return Map.copyOf(index);
    }

    private static Set<String> codes() {
      return DocumentTypes.all().keySet().stream().map(Diacritics::searchForm)
          .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** A regex alternation, longest first so "ctr" wins over "ct"; a space in a name matches any spaces. */
    private static String alternatives(Set<String> words) {
      return words.stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
          .map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q"))
          .collect(Collectors.joining("|"));
    }
  }
}
