package vn.vankho.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.vankho.text.Diacritics;
import vn.vankho.text.DocumentNumbers;

/**
 * Plan 229-KH/HU as a poor OCR engine read it (fixtures/kh-229-hu.ocr.txt) must give what
 * kh-229-hu.expected.json says. Free text (subject, recipients) cannot get its marks back from this
 * OCR, so it is compared without marks, by similarity; codes, dates and names from closed lists
 * (issuer, signer title, citation issuers) must come back exactly.
 */
class Kh229FixtureTest {
  /** Share of the folded expected text the OCR reading must match (normalized edit distance). */
  private static final double FOLDED_SIMILARITY = 0.85;

  private static DocumentMetadata read;
  private static JsonNode expected;

  @BeforeAll
  static void readFixture() throws IOException {
    read = MetadataReader.read(List.of(resource("fixtures/kh-229-hu.ocr.txt")));
    expected = new ObjectMapper().readTree(resource("fixtures/kh-229-hu.expected.json"));
  }

  @Test
  void number() {
    assertEquals(expected.get("number").asText(), read.number().value());
    assertEquals(1, read.number().page());
    assertEquals("S6 229 - KH/HU", read.number().sourceText());
  }

  @Test
  void type() {
    assertEquals("KH", read.type().value());
    assertEquals(expected.get("type").asText(), read.typeName().value());
    assertEquals("KE HOACH", read.typeName().sourceText());
  }

  @Test
  void issuerFromTheBodyPhrase() {
    assertEquals(expected.get("issuer").asText(), read.issuer().value());
    assertTrue(read.issuer().sourceText().contains("ban hanh"), read.issuer().sourceText());
  }

  @Test
  void subjectByFoldedSimilarity() {
    assertSimilar(expected.get("subject").asText(), read.subject().value());
  }

  @Test
  void signerTitle() {
    assertEquals(expected.get("signer_title").asText(), read.signerTitle().value());
  }

  @Test
  void illegibleDateAndSignerNameAreAbsent() {
    assertNull(read.date());
    assertNull(read.signerName());
  }

  /** Expected numbers go through vn.vankho.text's canonical form, as the reader's own do. */
  @Test
  void citations() {
    List<String> want = new ArrayList<>();
    for (JsonNode c : expected.get("citations")) {
      want.add(String.join(" | ", canonical(c.get("number").asText()), c.get("relation").asText(), c.get("date").asText(),
          c.get("issuer").asText()));
    }
    List<String> got = read.citations().stream()
        .map(c -> String.join(" | ", c.number(), c.relation().jsonName(), String.valueOf(c.date()), c.issuer()))
        .toList();
    assertEquals(want, got);
  }

  @Test
  void recipientsByFoldedSimilarity() {
    JsonNode want = expected.get("recipients");
    assertEquals(want.size(), read.recipients().size(), read.recipients().toString());
    for (int i = 0; i < want.size(); i++) {
      assertSimilar(want.get(i).asText(), read.recipients().get(i));
    }
  }

  static String canonical(String number) {
    return DocumentNumbers.parse(number).orElseThrow().canonical();
  }

  static void assertSimilar(String expected, String actual) {
    double similarity = Similarity.folded(expected, actual);
    assertTrue(similarity >= FOLDED_SIMILARITY,
        () -> similarity + " < " + FOLDED_SIMILARITY + ": " + Diacritics.searchForm(actual));
  }

  static String resource(String name) throws IOException {
    try (InputStream in = Kh229FixtureTest.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
