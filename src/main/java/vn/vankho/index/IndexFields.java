package vn.vankho.index;

import java.util.List;

/** The names of the index's fields, in one place so that writer and searcher agree. */
final class IndexFields {
  private IndexFields() {}

  /** The document id, stored, and the key updates replace by. */
  static final String ID = "id";
  /** The version of the database row the entry was made from, as doc values: what the check at start compares. */
  static final String VERSION = "version";
  /** Search keys of the document's own number (one term each, see DocumentNumber.keys). */
  static final String NUMBER = "number";
  /** Search keys of the numbers the document cites or mentions. */
  static final String CITES = "cites";
  /** The type code ("KH"), stored. */
  static final String TYPE = "type";
  static final String YEAR = "year";
  /** The date as stored text ("2025-03-15"). */
  static final String DATE = "date";
  /** The date as a day number (epoch day): a point for ranges, doc values for sorting. */
  static final String DAY = "day";
  static final String ISSUER_TEXT = "issuer";
  /** The names of the campaigns the document belongs to, folded, one value each. */
  static final String CAMPAIGN_TEXT = "campaign";
  static final String FILE_NAME_TEXT = "file_name";
  /** The full text, folded; stored, for snippets. */
  static final String TEXT = "text";
  /** The full text with its marks, for ranking queries typed with marks. */
  static final String TEXT_EXACT = "text_exact";
  /** The text of poorly read pages only, folded and with OCR's misreadings rewritten, matched loosely. */
  static final String TEXT_OCR = "text_ocr";

  /** The document's độ mật as a point (0 none, then Mật, Tối mật, Tuyệt mật): every search keeps the levels its asker may read. */
  static final String SECRECY = "secrecy";
  /** The code of the document's độ khẩn (KHAN, THUONG_KHAN, HOA_TOC), when it has one: the filter dokhan: finds it. */
  static final String URGENCY = "urgency";

  /** Stored only, as shown in a hit. */
  static final String NUMBER_SHOWN = "number_shown";
  static final String ISSUER_SHOWN = "issuer_shown";
  static final String FILE_NAME_SHOWN = "file_name_shown";
  static final String TITLE = "title";

  /** The facets results count, by the name results show; each counted on its doc-values field {@link #facet}. */
  static final List<String> FACETS = List.of("type", "issuer", "year", "campaign");

  static String facet(String name) {
    return "facet_" + name;
  }
}
