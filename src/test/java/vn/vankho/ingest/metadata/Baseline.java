package vn.vankho.ingest.metadata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Recorded extraction figures (tab-separated: the score's key, precision, recall) and the check against them. */
final class Baseline {
  /** How far a figure may fall below its recorded value before a test fails. */
  static final double TOLERANCE = 0.02;

  private Baseline() {}

  /**
   * The rows of {@code file} whose figure fell: {@code keyColumns} leading cells, joined by tabs and
   * prefixed by {@code keyPrefix}, name the score; the next two cells are precision and recall.
   */
  static List<String> fallen(Map<String, ExtractionEvaluation.Score> scores, Path file, String keyPrefix, int keyColumns)
      throws IOException {
    List<String> fallen = new ArrayList<>();
    for (String row : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (row.startsWith("#") || row.isBlank()) {
        continue;
      }
      String[] cells = row.split("\t");
      ExtractionEvaluation.Score s = scores.get(keyPrefix + String.join("\t", List.of(cells).subList(0, keyColumns)));
      double precision = Double.parseDouble(cells[keyColumns]);
      double recall = Double.parseDouble(cells[keyColumns + 1]);
      if (s.precision() < precision - TOLERANCE || s.recall() < recall - TOLERANCE) {
        fallen.add(row + " now " + s.precision() + " / " + s.recall());
      }
    }
    return fallen;
  }
}
