package vn.vankho.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.vankho.testing.SolrTestCluster;

/** {@code vankho --solr ZK eval}: the judged collection on a real SolrCloud, printed beside the embedded index. */
@Tag("solrcloud")
class EvalOnSolrCloudTest {
  @Test
  void evalPrintsTheSolrCloudFiguresBesideTheEmbeddedOnes() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = System.out;
    int exit;
    try (SolrTestCluster solr = SolrTestCluster.start()) {
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      exit = MeasuringCommands.commandLine()
          .execute("--solr", solr.zkHost(), "eval", "--no-postgres", "--no-alqac", "--repeat", "1");
    } finally {
      System.setOut(out);
    }
    String report = printed.toString(StandardCharsets.UTF_8);
    System.out.println(report);
    assertEquals(0, exit, report);
    List<String> overall = report.lines().filter(line -> line.strip().startsWith("overall")).toList();
    assertTrue(report.contains("Văn Khố (Lucene)") && report.contains("Văn Khố (SolrCloud)"), report);
    // embedded, SolrCloud, plain BM25: the first two the same figures
    assertEquals(3, overall.size(), report);
    assertEquals(overall.get(0), overall.get(1), report);
  }
}
