package vn.vankho.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import vn.vankho.text.Diacritics;
import vn.vankho.text.DocumentNumber;
import vn.vankho.text.DocumentNumbers;

/**
 * Document numbers of a page, with the OCR slip vn.vankho.text does not undo yet: an issuer code
 * carrying a tone or vowel mark ("HỦ" for "HU"). Real issuer codes carry no mark but Đ (ĐU, HĐND,
 * NĐ-CP), so every other mark is dropped. A private helper until vn.vankho.text handles it.
 */
final class Numbers {
  private Numbers() {}

  static List<DocumentNumbers.Found> find(String text) {
    List<DocumentNumbers.Found> found = new ArrayList<>();
    for (DocumentNumbers.Found f : DocumentNumbers.find(text)) {
      DocumentNumber n = f.number();
      String issuer = withoutMarksButĐ(n.issuer());
      found.add(issuer.equals(n.issuer()) ? f
          : new DocumentNumbers.Found(new DocumentNumber(n.serial(), n.year(), n.type(), issuer, n.style()),
              f.start(), f.end(), f.printed()));
    }
    return found;
  }

  private static String withoutMarksButĐ(String code) {
    StringBuilder out = new StringBuilder(code.length());
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      out.append(c == 'Đ' ? c : Diacritics.foldChar(c));
    }
    return out.toString();
  }
}
