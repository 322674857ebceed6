package vn.vankho.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The OCR variants kept in the labelled set are exactly what {@link OcrDamage} makes of their clean
 * texts, so anyone can rebuild them. To rebuild after changing the damage or a text, run this test
 * with {@code -Dvankho.rewriteOcrVariants=true}.
 */
class OcrVariantsTest {
  /** The documents that have a damaged variant: one of each kind and level. */
  static final List<String> DAMAGED = List.of("ct-41-tw", "kh-152-tu", "kh-230-hu", "qd-1234-ubnd",
      "qd-35-2024-ubnd", "nq-05-2025-hdnd", "cv-456-ubnd", "cv-85-hu", "ct-34-tu", "kh-61-hu");
  private static final Path SET = Path.of("src/test/resources/metadata-set");

  @Test
  void variantsAreReproducible() throws IOException {
    boolean rewrite = Boolean.getBoolean("vankho.rewriteOcrVariants");
    for (String id : DAMAGED) {
      String clean = Files.readString(SET.resolve(id + ".txt"), StandardCharsets.UTF_8);
      String damaged = OcrDamage.damage(clean, id.hashCode());
      Path variant = SET.resolve(id + ".ocr.txt");
      if (rewrite) {
        Files.writeString(variant, damaged, StandardCharsets.UTF_8);
      }
      assertEquals(damaged, Files.readString(variant, StandardCharsets.UTF_8), id);
    }
  }

  @Test
  void damageDropsMarksAndMisreadsDAndSo() {
    String damaged = OcrDamage.damage("Số 229-KH/HU, Đam Rông, số 41", 1);
    assertNotEquals("Số 229-KH/HU, Đam Rông, số 41", damaged);
    assertEquals(-1, damaged.indexOf("số"));
    assertEquals(-1, damaged.indexOf("Số"));
  }
}
