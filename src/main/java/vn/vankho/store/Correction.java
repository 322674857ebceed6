package vn.vankho.store;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import vn.vankho.model.Field;
import vn.vankho.model.Refusal;
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
          .orElseThrow(() -> Refusal.DOCUMENT_TYPE.of(v));
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
        .orElseThrow(() -> Refusal.DOCUMENT_NUMBER.of(v));
  }

  /** A day of the years 1 to 9999: java.time reads years of more digits with a sign, which the column cannot keep. */
  private static LocalDate date(String v) {
    try {
      LocalDate date = LocalDate.parse(v);
      if (date.getYear() >= 1 && date.getYear() <= 9999) {
        return date;
      }
    } catch (DateTimeParseException e) {
      // refused below
    }
    throw Refusal.DATE.of(v);
  }
}
