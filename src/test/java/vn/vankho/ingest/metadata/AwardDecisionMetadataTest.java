package vn.vankho.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The metadata of real award decisions (src/test/resources/real-set/awards), outside the fifth kept aside. */
class AwardDecisionMetadataTest {
  private static final Path AWARDS = Path.of("src/test/resources/real-set/awards");

  @Test
  void theListAttachedAfterASignatureIsNoSignersName() throws IOException {
    // "| KT. THỦ TƯỚNG |" as a copy renders the signature cell, the deputy's name lost, then "DANH SÁCH" / "TẶNG CỜ THI ĐUA ..."
    DocumentMetadata m = MetadataReader.read(List.of(Files.readString(AWARDS.resolve("qd-722-ttg-2008.txt"), StandardCharsets.UTF_8)));
    assertNull(m.signerName(), () -> "read " + m.signerName().value());
    assertEquals("722/QĐ-TTg", m.number().value());
    assertEquals("Thủ tướng Chính phủ", m.issuer().value());
  }
}
