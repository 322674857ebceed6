package vn.vankho.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Extraction over the labelled set must not fall below the recorded figures (baseline.tsv) by more than 0.02. */
class ExtractionEvaluationTest {
  private static final double TOLERANCE = 0.02;
  private static final Path SET = Path.of("src/test/resources/metadata-set");

  @Test
  void noFigureFallsBelowTheBaseline() throws IOException {
    Map<String, ExtractionEvaluation.Score> scores = ExtractionEvaluation.evaluate(SET);
    List<String> fallen = new ArrayList<>();
    for (String row : Files.readAllLines(SET.resolve("baseline.tsv"), StandardCharsets.UTF_8)) {
      if (row.startsWith("#") || row.isBlank()) {
        continue;
      }
      String[] cells = row.split("\t");
      ExtractionEvaluation.Score s = scores.get(cells[0] + "\t" + cells[1]);
      if (s.precision() < Double.parseDouble(cells[2]) - TOLERANCE || s.recall() < Double.parseDouble(cells[3]) - TOLERANCE) {
        fallen.add(row + " now " + s.precision() + " / " + s.recall());
      }
    }
    assertTrue(fallen.isEmpty(), String.join("\n", fallen));
  }

  @Test
  void everyDocumentHasItsLabels() throws IOException {
    try (var files = Files.list(SET)) {
      List<Path> texts = files.filter(p -> p.toString().endsWith(".txt")).toList();
      assertTrue(texts.size() >= 21, "labelled set too small: " + texts.size());
      for (Path t : texts) {
        String id = t.getFileName().toString().replaceFirst("(\\.ocr)?\\.txt$", "");
        assertTrue(Files.exists(SET.resolve(id + ".json")), id);
      }
    }
  }

  @Test
  void scoreArithmetic() {
    ExtractionEvaluation.Score s = new ExtractionEvaluation.Score(4, 5, 3);
    assertEquals(0.75, s.precision());
    assertEquals(0.6, s.recall());
  }
}
