package vn.vankho.ingest.metadata;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as official documents write them, on folded lower-case text: "ngày 15 tháng 3 năm 2025",
 * "15/3/2025", "15-3-2025", "15.3.2025", and the OCR slip "26/12//2024". The words "tháng" and "năm"
 * are recognized by their outline, since OCR garbles their vowels ("thang", "nim", "ndm").
 */
final class Dates {
  /** A date found, and where it stood. */
  record Found(LocalDate date, int start, int end) {}

  private static final Pattern WORDS = Pattern.compile(
      "(?<!\\d)(\\d{1,2})\\s+th[a-z]{2,4}\\s+(\\d{1,2})\\s*,?\\s+n[a-z]{1,3}\\s+(\\d{4})(?!\\d)");
  private static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\d/.-])(\\d{1,2})\\s*[/.-]{1,2}\\s*(\\d{1,2})\\s*[/.-]{1,2}\\s*(\\d{4})(?![\\d/])");

  private Dates() {}

  /** The first valid date starting in [{@code from}, {@code to}) of {@code foldedLower}. */
  static Optional<Found> first(String foldedLower, int from, int to) {
    Found best = null;
    for (Pattern p : new Pattern[] {WORDS, NUMERIC}) {
      Matcher m = p.matcher(foldedLower);
      m.region(from, foldedLower.length());
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

  private static Optional<LocalDate> valid(String year, String month, String day) {
    try {
      return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
