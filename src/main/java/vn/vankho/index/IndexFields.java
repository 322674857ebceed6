package vn.vankho.index;

/** The names of the index's fields, in one place so that writer and searcher agree. */
final class IndexFields {
  private IndexFields() {}

  /** The document id, stored, and the key updates replace by. */
  static final String ID = "id";
  /** Search keys of the document's own number (one term each, see DocumentNumber.keys). */
  static final String NUMBER = "number";
  /** Search keys of the numbers the document cites or mentions. */
  static final String CITES = "cites";
  static final String TYPE = "type";
  static final String YEAR = "year";
  static final String DATE = "date";
  static final String ISSUER_TEXT = "issuer";
  static final String FILE_NAME_TEXT = "file_name";
  /** The full text, folded; stored, for snippets. */
  static final String TEXT = "text";
  /** The full text with its marks, for ranking queries typed with marks. */
  static final String TEXT_EXACT = "text_exact";
}
