package vn.vankho.store;

import vn.vankho.model.Document;
import vn.vankho.model.Field;

/** A field's value as text, for the audit log. */
final class FieldValues {
  private FieldValues() {}

  static String of(Document d, Field field) {
    Object value = switch (field) {
      case NUMBER -> d.number();
      case TYPE -> d.type();
      case ISSUER -> d.issuer();
      case DATE -> d.date();
      case PLACE -> d.place();
      case SUBJECT -> d.subject();
      case SIGNER_TITLE -> d.signerTitle();
      case SIGNER_NAME -> d.signerName();
      case RECIPIENTS -> d.recipients().isEmpty() ? null : String.join("\n", d.recipients());
      case SECRECY -> d.secrecy().label();
      case URGENCY -> d.urgency().label();
    };
    return value == null ? null : value.toString();
  }
}
