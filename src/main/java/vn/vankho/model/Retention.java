package vn.vankho.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A retention period (thời hạn bảo quản): for ever ("vĩnh viễn") or a number of years counted from the
 * end of the file. {@code years} is null for ever.
 */
public record Retention(Integer years) implements Comparable<Retention> {
  public static final String PERMANENT_WORDS = "vĩnh viễn";
  public static final Retention PERMANENT = new Retention(null);

  public Retention {
    if (years != null && years <= 0) {
      throw new IllegalArgumentException("a retention period is a positive number of years: " + years);
    }
  }

  /** "vĩnh viễn" (any case) or a number of years, with or without "năm". */
  public static Retention parse(String text) {
    String value = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
    if (value.equals(PERMANENT_WORDS)) {
      return PERMANENT;
    }
    String digits = value.endsWith("năm") ? value.substring(0, value.length() - 3).strip() : value;
    if (!digits.matches("[1-9][0-9]{0,3}")) {
      throw Refusal.RETENTION.of(text);
    }
    return new Retention(Integer.parseInt(digits));
  }

  public boolean permanent() {
    return years == null;
  }

  /** As the database keeps it: "vĩnh viễn" or the number of years. */
  public String stored() {
    return permanent() ? PERMANENT_WORDS : years.toString();
  }

  /** As a file list prints it: "Vĩnh viễn" or "10 năm". */
  public String label() {
    return permanent() ? "Vĩnh viễn" : years + " năm";
  }

  /** The day after which a file that ended on {@code end} may be appraised for destruction; empty for ever. */
  public Optional<LocalDate> expiry(LocalDate end) {
    return permanent() || end == null ? Optional.empty() : Optional.of(end.plusYears(years));
  }

  /** Longer periods are greater; for ever is the greatest. */
  @Override
  public int compareTo(Retention other) {
    if (permanent() || other.permanent()) {
      return Boolean.compare(permanent(), other.permanent());
    }
    return Integer.compare(years, other.years);
  }
}
