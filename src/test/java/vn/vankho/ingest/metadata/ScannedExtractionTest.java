package vn.vankho.ingest.metadata;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.ingest.ocr.OcrEngine;
import vn.vankho.ingest.ocr.SamplePages;
import vn.vankho.testing.TestOcr;

/**
 * The labelled set as scans: each clean document rendered to a page image, read by the real OCR
 * engine, and its metadata read from what OCR made of it. The figures must not fall below those
 * recorded in baseline-scanned.tsv by more than {@link Baseline#TOLERANCE}.
 */
class ScannedExtractionTest {
  private static final Path SET = Path.of("src/test/resources/metadata-set");

  @TempDir Path scanned;

  @Test
  void metadataReadFromScansKeepsItsRecordedFigures() throws IOException {
    List<Path> clean;
    try (Stream<Path> files = Files.list(SET)) {
      clean = files.filter(p -> p.toString().endsWith(".txt") && !p.toString().endsWith(".ocr.txt")).sorted().toList();
    }
    try (OcrEngine engine = TestOcr.newEngine()) {
      clean.parallelStream().forEach(text -> scan(engine, text));
    }
    Map<String, ExtractionEvaluation.Score> scores = ExtractionEvaluation.evaluate(scanned);
    scores.forEach((key, score) -> {
      if (key.startsWith("ocr\t")) {
        System.out.printf("scanned\t%s\t%.3f\t%.3f%n", key.substring(4), score.precision(), score.recall());
      }
    });
    List<String> fallen = Baseline.fallen(scores, SET.resolve("baseline-scanned.tsv"), "ocr\t", 1);
    assertTrue(fallen.isEmpty(), String.join("\n", fallen));
  }

  /** Renders one labelled document as a clean scan and keeps what OCR reads of it as NAME.ocr.txt. */
  private void scan(OcrEngine engine, Path text) {
    try {
      String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
      List<String> lines = Arrays.asList(Files.readString(text, StandardCharsets.UTF_8).split("\n"));
      SamplePages.SamplePage page = SamplePages.render(lines, SamplePages.Quality.CLEAN, 0);
      Files.writeString(scanned.resolve(name + ".ocr.txt"), engine.read(page.image()).text());
      Files.copy(SET.resolve(name + ".json"), scanned.resolve(name + ".json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
