package vn.vankho.ingest.metadata;

import java.text.Normalizer;
import java.util.Random;
import vn.vankho.text.Diacritics;

/**
 * Damages clean text the way a poor OCR engine did on the fixture kh-229-hu.ocr.txt, deterministically
 * (a seeded Random): "số" becomes "s6" or "sb", Đ becomes P, and each marked letter loses its marks,
 * keeps them, or gets another tone. Until real scans are rendered and read, the labelled set is
 * measured on these text-level variants.
 */
final class OcrDamage {
  private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

  private OcrDamage() {}

  static String damage(String clean, long seed) {
    Random random = new Random(seed);
    String text = Diacritics.nfc(clean)
        .replace("Số", random.nextBoolean() ? "S6" : "Sb")
        .replace("số", "s6");
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == 'Đ') {
        out.append(random.nextInt(10) < 8 ? 'P' : 'D');
      } else if (c == 'đ') {
        out.append('d');
      } else if (c >= '\u00c0' && Character.isLetter(c)) {
        int roll = random.nextInt(10);
        String folded = Diacritics.fold(String.valueOf(c));
        if (roll < 5) {
          out.append(folded);
        } else if (roll < 8) {
          out.append(c);
        } else {
          String retoned = folded + TONES.charAt(random.nextInt(TONES.length()));
          out.append(Normalizer.normalize(retoned, Normalizer.Form.NFC));
        }
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
