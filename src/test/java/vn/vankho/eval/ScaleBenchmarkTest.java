package vn.vankho.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.text.PageQuality;

/** The generator and the benchmark work end to end on a small corpus; figures come from the real run only. */
class ScaleBenchmarkTest {
  @TempDir Path folder;

  @Test
  void indexesAndSearchesTwoThousandPages() throws Exception {
    ScaleBenchmark.Result result = ScaleBenchmark.run(folder, 2_000, 5, 2, 32, 5, false, new PrintStream(OutputStream.nullOutputStream()));
    assertEquals(2_000, result.pages());
    assertEquals(400, result.documents());
    assertTrue(result.indexBytes() > 0);
    assertEquals(7, result.latency().size(), result.latency().keySet().toString());
  }

  @Test
  void aKeptIndexIsSearchedWithoutIndexingAgain() throws Exception {
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    ScaleBenchmark.Result built = ScaleBenchmark.run(folder, 500, 5, 1, 16, 2, true, quiet);
    ScaleBenchmark.Result reused = ScaleBenchmark.run(folder, 500, 5, 1, 16, 2, true, quiet);
    assertTrue(built.seconds() > 0);
    assertEquals(0, reused.seconds());
    assertEquals(built.indexBytes(), reused.indexBytes());
    assertEquals(7, reused.latency().size());
  }

  @Test
  void writtenPagesReadAsVietnameseAndDamagedOnesAsPoor() {
    SyntheticCorpus corpus = new SyntheticCorpus(1);
    assertTrue(corpus.vocabularySize() > 3_000, "syllables: " + corpus.vocabularySize());
    SyntheticCorpus.Document document = corpus.document(3, 40);
    assertTrue(!document.poorPages().isEmpty());
    for (int p = 0; p < 40; p++) {
      boolean poor = document.poorPages().contains(p);
      assertEquals(poor, PageQuality.isPoor(document.pages().get(p)), "page " + p);
      assertTrue(!PageQuality.isPoor(document.writtenPages().get(p)), "written page " + p);
    }
  }

  @Test
  void theSameSeedGivesTheSameDocument() {
    assertEquals(new SyntheticCorpus(5).document(9, 2), new SyntheticCorpus(5).document(9, 2));
  }
}
