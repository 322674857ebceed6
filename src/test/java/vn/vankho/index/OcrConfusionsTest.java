package vn.vankho.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each rule of index-config/ocr-confusions.txt, and the chain that applies them. */
class OcrConfusionsTest {
  @ParameterizedTest
  @CsvSource({"thuweng, thueng", "cwong, cuong", "ciia, cua", "pam, dam", "ping, ding", "pham, pham", "s6, so",
      "sb, so", "t6, to", "2025, 2025", "thuong, thuong"})
  void rewritesOneMisreading(String read, String rewritten) {
    assertEquals(rewritten, OcrConfusions.rewrite(read));
  }

  @Test
  void theOcrChainFoldsThenRewrites() {
    assertEquals(List.of("ban", "thuong", "vu", "huyen", "ty", "dam", "reng"),
        Tokens.terms(VietnameseAnalyzers.ocr(), "Ban Thuong vu Huyén ty Pam Réng"));
    assertEquals(List.of("khen", "thueng"), Tokens.terms(VietnameseAnalyzers.ocr(), "khen thuwéng"));
  }
}
