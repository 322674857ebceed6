package vn.vankho.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import vn.vankho.model.Field;
import vn.vankho.model.Secrecy;
import vn.vankho.model.Urgency;
import vn.vankho.text.Diacritics;
import vn.vankho.text.DocumentNumber;
import vn.vankho.text.DocumentNumbers;
import vn.vankho.text.DocumentTypes;

/**
 * A value an archivist typed for a field, checked before it is kept: a date must be a date, a number
 * a document number, a type a known type code, độ mật and độ khẩn a level ("mật", "hỏa tốc"). Recipients come
 * one per line. A blank value clears (độ mật and độ khẩn: none).
 */
public record Correction(Field field, String value) {

  /** The value as the column keeps it: a String, a LocalDate, a String[] or null. */
  Object columnValue() {
    String v = value == null ? "" : Diacritics.nfc(value).strip();
    if (v.isEmpty() && field != Field.SECRECY && field != Field.URGENCY) {
      return field == Field.RECIPIENTS ? new String[0] : null;
    }
    return switch (field) {
      case SECRECY -> Secrecy.parse(v).name();
      case URGENCY -> Urgency.parse(v).name();
      case DATE -> date(v);
      case NUMBER -> number(v).canonical();
      case TYPE -> DocumentTypes.canonicalCode(v)
          .orElseThrow(() -> new IllegalArgumentException("unknown document type code: " + v));
      case RECIPIENTS -> Arrays.stream(v.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
      default -> v;
    };
  }

  /** The search keys of a corrected number; empty when the number was cleared. */
  List<String> numberKeys() {
    return DocumentNumbers.keysOf(value);
  }

  private static DocumentNumber number(String v) {
    return DocumentNumbers.parse(v)
        .orElseThrow(() -> new IllegalArgumentException("not a document number: " + v + " (e.g. 229-KH/HU, 123/QĐ-UBND)"));
  }

  private static LocalDate date(String v) {
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("a date is written yyyy-mm-dd, e.g. 2025-03-15: " + v);
    }
  }
}
