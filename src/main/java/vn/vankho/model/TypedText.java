package vn.vankho.model;

import vn.vankho.text.Diacritics;

/**
 * Text a person typed into a form, as the archive keeps it: in NFC, without surrounding blanks, and no longer
 * than a limit for its kind, so that a pasted page or a script's megabyte is refused saying which field and how
 * long it may be, instead of filling tables, pages and the file list. The limits are generous for what each field
 * holds in the documents of Nghị định 30/2020/NĐ-CP.
 */
public final class TypedText {
  /** A code or symbol: a fonds' identifier, a series' symbol, a level. */
  public static final int CODE = 64;
  /** A name: of a fonds, a series, a unit, a campaign, an awardee; a form of award. */
  public static final int NAME = 500;
  /** A title or a field of a document: a file's title, a subject (trích yếu), recipients. */
  public static final int TITLE = 2000;
  /** A note or a reason. */
  public static final int NOTE = 4000;

  private TypedText() {}

  /** The text, or a refusal naming {@code label} when it is blank or longer than {@code limit}. */
  public static String required(String value, String label, int limit) {
    String text = optional(value, label, limit);
    if (text == null) {
      throw Refusal.REQUIRED.of(label);
    }
    return text;
  }

  /** The text, null when it is blank, or a refusal naming {@code label} when it is longer than {@code limit}. */
  public static String optional(String value, String label, int limit) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String text = Diacritics.nfc(value).strip();
    if (text.codePointCount(0, text.length()) > limit) {
      throw Refusal.TOO_LONG.of(label, limit);
    }
    return text;
  }
}
