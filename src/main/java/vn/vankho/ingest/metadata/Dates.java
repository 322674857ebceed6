package vn.vankho.ingest.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as official documents write them, on folded lower-case text: "ngày 15 tháng 3 năm 2025",
 * "15/3/2025", "15-3-2025", "15.3.2025", and the OCR slip "26/12//2024". The words "tháng" and "năm"
 * are recognized by their outline, since OCR garbles their vowels ("thang", "nim", "ndm"), and may touch the
 * numbers, since web copies lose the spaces around them ("26tháng 12 năm2024").
 */
final class Dates {
  /** A date found, and where it stood. */
  record Found(LocalDate date, int start, int end) {}

  private static final Pattern WORDS = Pattern.compile(
      "(?<!\\d)(\\d{1,2})\\s*th[a-z]{2,4}\\s*(\\d{1,2})\\s*,?\\s*n[a-z]{1,3}\\s*(\\d{4})(?!\\d)");
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\d/.-])(\\d{1,2})\\s*[/.-]{1,2}\\s*(\\d{1,2})\\s*[/.-]{1,2}\\s*(\\d{4})(?![\\d/])");

  private Dates() {}

  /** The first valid date starting in [{@code from}, {@code to}) of {@code foldedLower}. */
  static Optional<Found> first(String foldedLower, int from, int to) {
    Found best = null;
    for (Pattern p : new Pattern[] {WORDS, NUMERIC}) {
      Matcher m = p.matcher(foldedLower);
      m.region(from, matchesEndBy(foldedLower, from, to, p == WORDS ? Dates::inWords : Dates::inNumeric));
      while (m.find() && m.start() < to) {
        Optional<LocalDate> date = valid(m.group(3), m.group(2), m.group(1));
        if (date.isPresent()) {
          if (best == null || m.start() < best.start()) {
            best = new Found(date.get(), m.start(), m.end());
          }
          break;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Where a match starting before {@code to} must have ended: at the first character from {@code to} on that
   * the pattern cannot take. The search used to run to the end of the page for every cue without a date near
   * it. Same matches: the character there is no digit nor slash, so the patterns' look-aheads pass on it as on
   * the region's end.
   */
  private static int matchesEndBy(String text, int from, int to, IntPredicate madeOf) {
    int end = Math.max(from, Math.min(to, text.length()));
    while (end < text.length() && madeOf.test(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /** The characters of a {@link #WORDS} match: digits, lower-case ASCII letters, commas and blanks. */
  private static boolean inWords(int c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c == ',' || isSpace(c);
  }

  /** The characters of a {@link #NUMERIC} match: digits, separators and blanks. */
  private static boolean inNumeric(int c) {
    return c >= '0' && c <= '9' || c == '/' || c == '.' || c == '-' || isSpace(c);
  }

  /** What the patterns' \s takes. */
  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static Optional<LocalDate> valid(String year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
