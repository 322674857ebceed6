package vn.vankho.ingest.metadata;

import java.util.Locale;
import vn.vankho.text.Diacritics;

/** Case rules for names the document prints in capitals. */
final class Spelling {
  private Spelling() {}

  /** "NGUYỄN VĂN A" becomes "Nguyễn Văn A", "ĐAM RÔNG" becomes "Đam Rông". */
  static String titleCase(String text) {
    StringBuilder out = new StringBuilder();
    for (String word : Diacritics.nfc(text).strip().split("\\s+")) {
      if (!word.isEmpty()) {
        out.append(out.length() == 0 ? "" : " ")
            .append(word.substring(0, 1).toUpperCase(Locale.ROOT))
            .append(word.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return out.toString();
  }

  /** "BAN CHỈ ĐẠO" becomes "Ban chỉ đạo": how a body or title outside the tables is written. */
  static String sentenceCase(String text) {
    String lower = Diacritics.nfc(text).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    return lower.isEmpty() ? lower : lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
  }
}
