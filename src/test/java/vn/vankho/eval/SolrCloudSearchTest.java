package vn.vankho.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.function.Executable;
import vn.vankho.testing.SolrTestCluster;

/**
 * The archive's search on SolrCloud (2 shards of 2 replicas on 2 nodes) against the embedded index: the judged
 * collection scores the same, and searches still answer with a node stopped. One cluster for the class, the node
 * stopped last.
 */
@Tag("solrcloud")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SolrCloudSearchTest {
  private static final double ALLOWED_DIFFERENCE = 0.01;
  private static SolrTestCluster solr;
  private static JudgedCollection collection;
  private static SolrSearch onSolr;

  @BeforeAll
  static void start() throws Exception {
    solr = SolrTestCluster.start();
    collection = JudgedCollection.load(SearchEvaluation.DEFAULT_COLLECTION);
    onSolr = new SolrSearch(solr.location(), collection.documents());
  }

  @AfterAll
  static void stop() throws Exception {
    if (onSolr != null) {
      onSolr.close();
    }
    if (solr != null) {
      solr.close();
    }
  }

  @Test
  @Order(1)
  void theJudgedCollectionScoresOnSolrCloudAsOnTheEmbeddedIndex() {
    EvaluationReport embedded;
    try (LuceneSearch lucene = new LuceneSearch(collection.documents())) {
      embedded = EvaluationReport.run(lucene, collection, 1);
    }
    EvaluationReport cloud = EvaluationReport.run(onSolr, collection, 1);
    System.out.println(embedded.table() + "\n" + cloud.table() + "\n" + differences(embedded, cloud));
    List<Executable> checks = new ArrayList<>();
    checks.add(() -> assertClose("overall", embedded.overall(), cloud.overall()));
    for (Map.Entry<String, Scores> kind : embedded.byKind().entrySet()) {
      checks.add(() -> assertClose(kind.getKey(), kind.getValue(), cloud.byKind().get(kind.getKey())));
    }
    assertAll(checks);
  }

  /** The queries whose ten best differ, each with both lists. */
  private static String differences(EvaluationReport embedded, EvaluationReport cloud) {
    StringBuilder found = new StringBuilder();
    for (int i = 0; i < embedded.answers().size(); i++) {
      EvaluationReport.Answer ours = embedded.answers().get(i);
      EvaluationReport.Answer theirs = cloud.answers().get(i);
      if (!ours.ranked().equals(theirs.ranked())) {
        found.append(ours.query().query()).append("\n  embedded  ").append(ours.ranked())
            .append("\n  SolrCloud ").append(theirs.ranked()).append('\n');
      }
    }
    return found.isEmpty() ? "the same ten best for every query" : found.toString();
  }

  private static void assertClose(String kind, Scores embedded, Scores cloud) {
    assertTrue(Math.abs(embedded.recallAt10() - cloud.recallAt10()) <= ALLOWED_DIFFERENCE
            && Math.abs(embedded.mrr() - cloud.mrr()) <= ALLOWED_DIFFERENCE,
        kind + ": embedded " + embedded + ", SolrCloud " + cloud);
  }

  @Test
  @Order(2)
  void searchesStillAnswerWithOneNodeStopped() throws Exception {
    JudgedCollection.JudgedQuery query = collection.queries().get(0);
    List<String> before = onSolr.search(query.query(), 10);
    assertFalse(before.isEmpty(), "the query finds something to compare");
    solr.stopNode(0);
    assertEquals(before, onSolr.search(query.query(), 10), "the other node's replicas answer alone");
  }
}
