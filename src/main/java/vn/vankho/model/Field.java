package vn.vankho.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of a document that reading fills in and an archivist may correct. Each has the name
 * other tools read in JSON and the column it is kept in.
 */
public enum Field {
  NUMBER("number", "number"),
  TYPE("type", "type_code"),
  ISSUER("issuer", "issuer"),
  DATE("date", "issue_date"),
  PLACE("place", "place"),
  SUBJECT("subject", "subject"),
  SIGNER_TITLE("signerTitle", "signer_title"),
  SIGNER_NAME("signerName", "signer_name"),
  RECIPIENTS("recipients", "recipients"),
  /** Độ mật, read from the mark under the number; an archivist corrects it like any field. */
  SECRECY("secrecy", "secrecy"),
  /** Độ khẩn, read from its mark likewise. */
  URGENCY("urgency", "urgency");

  private final String jsonName;
  private final String column;

  Field(String jsonName, String column) {
    this.jsonName = jsonName;
    this.column = column;
  }

  public String jsonName() {
    return jsonName;
  }

  /** The column of the documents table: from this fixed list only, never from user input. */
  public String column() {
    return column;
  }

  public static Optional<Field> byJsonName(String name) {
    return Arrays.stream(values()).filter(f -> f.jsonName.equals(name)).findFirst();
  }
}
