package vn.vankho.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.vankho.eval.RealSetEvaluation;

/**
 * Extraction on the real set must not fall more than 0.02 below its recorded figures (real-set/baseline.tsv),
 * on all of it nor on the fifth kept aside; the set keeps its size and its labels.
 */
class RealSetEvaluationTest {
  private static final Path SET = Path.of("src/test/resources/real-set");

  @Test
  void noFigureFallsBelowTheBaseline() throws IOException {
    List<String> fallen = Baseline.fallen(RealSetEvaluation.evaluate(SET, RealSetEvaluation.corpus()),
        SET.resolve("baseline.tsv"), "", 2);
    assertTrue(fallen.isEmpty(), String.join("\n", fallen));
  }

  @Test
  void everyDocumentHasItsTextAndTheFifthIsKeptAside() throws IOException {
    try (Stream<Path> files = Files.list(SET.resolve("documents"))) {
      List<Path> labels = files.filter(p -> p.toString().endsWith(".json")).toList();
      assertTrue(labels.size() >= 200, "real set too small: " + labels.size());
      for (Path l : labels) {
        String text = l.getFileName().toString().replaceFirst("\\.json$", ".txt");
        assertTrue(Files.exists(l.resolveSibling(text)) || Files.readString(l).contains("\"file\""), l.toString());
      }
      List<String> heldOut = Files.readAllLines(SET.resolve("holdout.txt")).stream()
          .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
      assertEquals(labels.size() / 5, heldOut.stream().filter(id -> id.startsWith("documents/")).count());
      heldOut.forEach(id -> assertTrue(Files.exists(SET.resolve(id + ".json")), id));
    }
  }
}
