package vn.vankho.store;

import vn.vankho.model.Field;

/** The column of the documents table each correctable field is kept in. */
final class FieldColumn {
  private FieldColumn() {}

  /** The column of {@code field}: from this fixed list only, never from user input, as it is spliced into SQL. */
  static String of(Field field) {
    return switch (field) {
      case NUMBER -> "number";
      case TYPE -> "type_code";
      case ISSUER -> "issuer";
      case DATE -> "issue_date";
      case PLACE -> "place";
      case SUBJECT -> "subject";
      case SIGNER_TITLE -> "signer_title";
      case SIGNER_NAME -> "signer_name";
      case RECIPIENTS -> "recipients";
      case SECRECY -> "secrecy";
      case URGENCY -> "urgency";
    };
  }
}
