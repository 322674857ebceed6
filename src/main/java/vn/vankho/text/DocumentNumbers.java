package vn.vankho.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds document numbers in text, in both official styles.
 *
 * <ul>
 *   <li>Party: {@code 229-KH/HU}, {@code 41-CT/TW}, {@code 05-CT/TW}, spaces allowed around - and /.
 *   <li>State: {@code 123/QĐ-UBND}, {@code 30/2020/NĐ-CP}.
 * </ul>
 * A match counts only when its type code is a known one (index-config/document-types.txt), so
 * "COVID-19" or a date "15/3/2025" is not a number.
 */
public final class DocumentNumbers {
  private static final String CODE = "[\\p{Lu}][\\p{L}]{0,5}";
  private static final String ISSUER = "[\\p{Lu}][\\p{Lu}\\d]{0,9}(?:-[\\p{Lu}][\\p{Lu}\\d]{0,9})?";
  private static final Pattern PARTY = Pattern.compile(
      "(?<![\\p{L}\\d/-])(\\d{1,5})(?:\\s*/\\s*(\\d{4}))?\\s*-\\s*(" + CODE + ")\\s*/\\s*(" + ISSUER + ")(?![\\p{L}\\d])");
  private static final Pattern STATE = Pattern.compile(
      "(?<![\\p{L}\\d/-])(\\d{1,5})\\s*/\\s*(?:(\\d{4})\\s*/\\s*)?(" + CODE + ")\\s*-\\s*(" + ISSUER + ")(?![\\p{L}\\d])");

  private DocumentNumbers() {}

  /** A number found in text, with where it stood and how it was printed. */
  public record Found(DocumentNumber number, int start, int end, String printed) {}

  /** Every document number in {@code text}, in order of appearance. */
  public static List<Found> find(String text) {
    String nfc = Diacritics.nfc(text);
    List<Found> found = new ArrayList<>();
    collect(PARTY.matcher(nfc), DocumentNumber.Style.PARTY, found);
    collect(STATE.matcher(nfc), DocumentNumber.Style.STATE, found);
    found.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return found;
  }

  /** The number when {@code text} is one, e.g. a value typed into a number field. */
  public static Optional<DocumentNumber> parse(String text) {
    List<Found> found = find(text.strip());
    return found.size() == 1 ? Optional.of(found.get(0).number()) : Optional.empty();
  }

  private static void collect(Matcher m, DocumentNumber.Style style, List<Found> into) {
    while (m.find()) {
      Optional<String> type = DocumentTypes.canonicalCode(m.group(3));
      if (type.isEmpty()) {
        continue;
      }
      Integer year = m.group(2) == null ? null : Integer.valueOf(m.group(2));
      String issuer = m.group(4).toUpperCase(Locale.ROOT);
      into.add(new Found(new DocumentNumber(m.group(1), year, type.get(), issuer, style),
          m.start(), m.end(), m.group()));
    }
  }
}
