package vn.vankho.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Questions find their answer: on ALQAC 2022 (CI keeps it beside the repository, in ../shared/corpus/alqac2022;
 * VANKHO_ALQAC names another folder) each half of the questions stays at its recorded figures, the held-out
 * half meets the figures the ranking was built for, and ours ranks at least as well as plain BM25.
 */
class AlqacEvaluationTest {
  private static final double ALLOWED_DROP = 0.01;
  private static final Path FOLDER = System.getenv("VANKHO_ALQAC") != null
      ? Path.of(System.getenv("VANKHO_ALQAC")) : AlqacCollection.DEFAULT_FOLDER;
  static EvaluationReport ours;
  static EvaluationReport bm25;

  @BeforeAll
  static void evaluate() {
    assertTrue(AlqacCollection.isIn(FOLDER), "ALQAC 2022 is missing: expected alqac2022_articles.jsonl and "
        + "alqac2022_qrels.jsonl in " + FOLDER.toAbsolutePath().normalize() + " (CI keeps the shared corpus beside "
        + "the repository; set VANKHO_ALQAC to its folder elsewhere)");
    List<EvaluationReport> reports = SearchEvaluation.run(AlqacCollection.load(FOLDER), null, 0, false);
    ours = reports.get(0);
    bm25 = reports.get(1);
  }

  @Test
  void eachHalfStaysAtItsRecordedFigures() throws IOException {
    List<Executable> checks = new ArrayList<>();
    for (String line : Files.readAllLines(SearchEvaluation.DEFAULT_COLLECTION.resolve("baseline-alqac.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      Scores now = ours.byKind().get(cells[0]);
      double recall = Double.parseDouble(cells[1]);
      double mrr = Double.parseDouble(cells[2]);
      double noResult = Double.parseDouble(cells[3]);
      checks.add(() -> assertTrue(now.recallAt10() >= recall - ALLOWED_DROP && now.mrr() >= mrr - ALLOWED_DROP
          && now.noResult() <= noResult + 1e-9, cells[0] + ": now " + now + ", recorded recall@10 " + recall
          + ", MRR@10 " + mrr + ", no result " + noResult));
    }
    assertAll(checks);
  }

  @Test
  void theHeldOutHalfFindsTheAnswerInTheFirstTenForNearlyEveryQuestion() {
    Scores heldOut = ours.byKind().get(AlqacCollection.HELD_OUT);
    assertAll(
        () -> assertTrue(heldOut.recallAt10() >= 0.97, "recall@10 " + heldOut.recallAt10()),
        () -> assertTrue(heldOut.mrr() >= 0.90, "MRR@10 " + heldOut.mrr()),
        () -> assertTrue(heldOut.noResult() <= 0.01, "without a result: " + heldOut.noResult()));
  }

  @Test
  void oursRanksAtLeastAsWellAsPlainBm25OnEachHalf() {
    List<Executable> checks = new ArrayList<>();
    for (String half : List.of(AlqacCollection.TUNING, AlqacCollection.HELD_OUT)) {
      Scores mine = ours.byKind().get(half);
      Scores theirs = bm25.byKind().get(half);
      checks.add(() -> assertTrue(mine.recallAt10() >= theirs.recallAt10() && mine.mrr() >= theirs.mrr(),
          half + ": ours " + mine + ", plain BM25 " + theirs));
    }
    assertAll(checks);
  }
}
