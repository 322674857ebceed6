package vn.vankho.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Extraction over the labelled set must not fall below the recorded figures (baseline.tsv) by more than 0.02. */
class ExtractionEvaluationTest {
  private static final Path SET = Path.of("src/test/resources/metadata-set");

  @Test
  void noFigureFallsBelowTheBaseline() throws IOException {
    List<String> fallen = Baseline.fallen(ExtractionEvaluation.evaluate(SET), SET.resolve("baseline.tsv"), "", 2);
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
  void aFieldTheLabelsCouldNotJudgeCountsNeitherWay() throws IOException {
    // a real Party document whose copy is cut inside its title: the reader proposes a number it cannot be wrong on
    Path party = Path.of("src/test/resources/real-set/party");
    DocumentMetadata m = MetadataReader.read(List.of(Files.readString(party.resolve("tw-36-hd-vptw.txt"), StandardCharsets.UTF_8)));
    ObjectNode labels = (ObjectNode) new ObjectMapper().readTree(party.resolve("tw-36-hd-vptw.json").toFile());
    labels.putNull("number");
    assertEquals(new ExtractionEvaluation.Score(1, 0, 0), ExtractionEvaluation.score(m, labels, false).get("number"));
    labels.withArray("not_judged").add("number");
    assertEquals(new ExtractionEvaluation.Score(0, 0, 0), ExtractionEvaluation.score(m, labels, false).get("number"));
    assertEquals(new ExtractionEvaluation.Score(1, 1, 1), ExtractionEvaluation.score(m, labels, false).get("type"));
  }

  @Test
  void scoreArithmetic() {
    ExtractionEvaluation.Score s = new ExtractionEvaluation.Score(4, 5, 3);
    assertEquals(0.75, s.precision());
    assertEquals(0.6, s.recall());
  }
}
