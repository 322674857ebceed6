package vn.vankho.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fields of a document that reading fills in and an archivist may correct. Each has the name
 * other tools read in JSON; where it is kept is the store's business.
 */
public enum Field {
  NUMBER("number"),
  TYPE("type"),
  ISSUER("issuer"),
  DATE("date"),
  PLACE("place"),
  SUBJECT("subject"),
  SIGNER_TITLE("signerTitle"),
  SIGNER_NAME("signerName"),
  RECIPIENTS("recipients"),
  /** Độ mật, read from the mark under the number; an archivist corrects it like any field. */
  SECRECY("secrecy"),
  /** Độ khẩn, read from its mark likewise. */
  URGENCY("urgency");

  private final String jsonName;

  Field(String jsonName) {
    this.jsonName = jsonName;
  }

  public String jsonName() {
    return jsonName;
  }

  public static Optional<Field> byJsonName(String name) {
    return Arrays.stream(values()).filter(f -> f.jsonName.equals(name)).findFirst();
  }
}
