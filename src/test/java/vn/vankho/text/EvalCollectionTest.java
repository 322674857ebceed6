package vn.vankho.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The judged search collection in src/test/resources/eval/ is well formed. */
class EvalCollectionTest {
  private static final Path EVAL = Path.of("src/test/resources/eval");
  private static final Set<String> KINDS = Set.of("exact", "folded", "number", "phrase", "ocr", "name");

  private static Set<String> documents() throws IOException {
    try (Stream<Path> files = Files.list(OcrDamage.DOCS)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).collect(Collectors.toSet());
    }
  }

  private static List<String[]> queries() throws IOException {
    return Files.readAllLines(EVAL.resolve("queries.tsv"), StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.split("\t", -1))
        .toList();
  }

  @Test
  void testAtLeastThirtyDocuments() throws IOException {
    assertTrue(documents().size() >= 30, "documents: " + documents().size());
  }

  @Test
  void testEveryJudgedDocumentExists() throws IOException {
    Set<String> documents = documents();
    for (String[] row : queries()) {
      assertEquals(3, row.length, String.join(" | ", row));
      assertTrue(KINDS.contains(row[0]), "kind " + row[0]);
      List<String> judged = List.of(row[2].split(","));
      assertTrue(documents.containsAll(judged), row[1] + ": " + judged);
      assertEquals(judged.size(), Set.copyOf(judged).size(), "listed twice in " + row[1]);
    }
  }

  @Test
  void testEveryKindHasEightQueries() throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    queries().forEach(row -> counts.merge(row[0], 1, Integer::sum));
    System.out.println("eval queries per kind: " + counts);
    for (String kind : KINDS) {
      assertTrue(counts.getOrDefault(kind, 0) >= 8, kind + ": " + counts.get(kind));
    }
  }

  @Test
  void testPhraseQueriesAreQuoted() throws IOException {
    queries().stream().filter(row -> row[0].equals("phrase"))
        .forEach(row -> assertTrue(row[1].startsWith("\"") && row[1].endsWith("\""), row[1]));
  }

  @Test
  void testCleanDocumentsHaveHeaderAndLength() throws IOException {
    for (String name : documents()) {
      if (name.contains(".ocr")) {
        continue;
      }
      String text = Files.readString(OcrDamage.DOCS.resolve(name), StandardCharsets.UTF_8);
      int words = text.split("\\s+").length;
      assertTrue(words >= 150 && words <= 500, name + ": " + words + " words");
      assertTrue(text.contains(", ngày "), name + ": place and date line");
      assertTrue(DocumentNumbers.numberLine(text).isPresent() || text.contains("Số: "), name + ": number line");
    }
  }

  @Test
  void testOcrFixtureIsPoorPage() throws IOException {
    String text = Files.readString(OcrDamage.DOCS.resolve("kh-229-hu.ocr.txt"), StandardCharsets.UTF_8);
    assertTrue(PageQuality.isPoor(text), "scores " + PageQuality.score(text));
  }

  @Test
  void testOcrSimulationsScoreBelowTheirSources() throws IOException {
    for (String source : OcrDamage.SOURCES) {
      double clean = PageQuality.score(Files.readString(OcrDamage.DOCS.resolve(source), StandardCharsets.UTF_8));
      double damaged = PageQuality.score(
          Files.readString(OcrDamage.DOCS.resolve(OcrDamage.damagedName(source)), StandardCharsets.UTF_8));
      System.out.printf("page quality: %s %.3f, damaged copy %.3f%n", source, clean, damaged);
      assertTrue(damaged < clean - 0.05, source + ": " + clean + " -> " + damaged);
    }
  }

  @Test
  void testOcrSimulationsAreUpToDate() throws IOException {
    for (String source : OcrDamage.SOURCES) {
      String clean = Files.readString(OcrDamage.DOCS.resolve(source), StandardCharsets.UTF_8);
      String damaged = Files.readString(OcrDamage.DOCS.resolve(OcrDamage.damagedName(source)), StandardCharsets.UTF_8);
      assertEquals(OcrDamage.damage(clean), damaged, source);
    }
  }
}
