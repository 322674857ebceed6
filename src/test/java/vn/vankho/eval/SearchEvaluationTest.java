package vn.vankho.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import vn.vankho.testing.TestDatabases;

/** Search quality stays where it was recorded, and above PostgreSQL's own full-text search on every kind. */
class SearchEvaluationTest {
  private static final double ALLOWED_DROP = 0.01;
  static EvaluationReport ours;
  static EvaluationReport postgres;

  @BeforeAll
  static void evaluate() {
    JudgedCollection collection = JudgedCollection.load(SearchEvaluation.DEFAULT_COLLECTION);
    List<EvaluationReport> reports = SearchEvaluation.run(collection, TestDatabases.freshDatabase(), 1, true);
    ours = reports.get(0);
    postgres = reports.get(1);
  }

  @Test
  void noKindFallsBelowItsRecordedRecallOrMrr() throws IOException {
    List<Executable> checks = new ArrayList<>();
    for (String line : Files.readAllLines(SearchEvaluation.DEFAULT_COLLECTION.resolve("baseline.tsv"))) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      double recall = Double.parseDouble(cells[1]);
      double mrr = Double.parseDouble(cells[2]);
      Scores now = ours.byKind().get(cells[0]);
      checks.add(() -> assertTrue(now != null && now.recallAt10() >= recall - ALLOWED_DROP && now.mrr() >= mrr - ALLOWED_DROP,
          cells[0] + ": now " + now + ", recorded recall@10 " + recall + ", MRR " + mrr + "\n" + ours.misses()));
    }
    assertAll(checks);
  }

  @Test
  void oursRanksAtLeastAsWellAsPostgresFullTextSearchOnEveryKind() {
    List<Executable> checks = new ArrayList<>();
    for (Map.Entry<String, Scores> kind : ours.byKind().entrySet()) {
      Scores theirs = postgres.byKind().get(kind.getKey());
      checks.add(() -> assertTrue(kind.getValue().mrr() >= theirs.mrr() && kind.getValue().ndcgAt10() > theirs.ndcgAt10(),
          kind.getKey() + ": ours " + kind.getValue() + ", PostgreSQL " + theirs));
    }
    assertAll(checks);
  }
}
