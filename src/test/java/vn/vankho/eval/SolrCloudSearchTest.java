package vn.vankho.eval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.TreeMap;
import org.apache.lucene.util.IOUtils;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.function.Executable;
import vn.vankho.index.ArchiveIndex;
import vn.vankho.index.IndexedDocument;
import vn.vankho.index.PageEntries;
import vn.vankho.index.SearchHit;
import vn.vankho.index.SearchIndex;
import vn.vankho.index.SearchRequest;
import vn.vankho.index.SearchResults;
import vn.vankho.index.SolrIndex;
import vn.vankho.model.Page;
import vn.vankho.model.PageSource;
import vn.vankho.model.Secrecy;
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

  /**
   * The same documents, dated, some classified and in a campaign, in SolrCloud and in an embedded index: every query
   * form, in both orders and at two clearances, gives the same total, hits, scores, snippets, facets and order of dates.
   * A page of 100 holds every match, so equal scores cannot put a hit on another page.
   */
  @Test
  @Order(2)
  void filtersFacetsSnippetsAndOrderAreThoseOfTheEmbeddedIndex() throws Exception {
    List<IndexedDocument> documents = new ArrayList<>();
    List<String> names = new ArrayList<>(collection.documents().keySet().stream().sorted().toList());
    for (int i = 0; i < names.size(); i++) {
      IndexedDocument read = PageEntries.of(i + 1, names.get(i), List.of(new Page(1,
          collection.documents().get(names.get(i)), PageSource.OCR, null, null, false, null, null, null)),
          i % 5 == 4 ? null : LocalDate.of(2020 + i % 6, 1 + i % 12, 1 + i % 28));
      documents.add(new IndexedDocument(read.id(), read.number(), read.numberKeys(), read.citedKeys(), read.type(),
          read.issuer(), read.date(), read.fileName(), read.title(), read.text(), read.poorText(),
          i % 4 == 0 ? List.of("Dân vận khéo") : List.of(), 1, i % 7 == 3 ? Secrecy.MAT : Secrecy.NONE, read.urgency()));
    }
    Path folder = Files.createTempDirectory("vankho-solr-compare");
    try (ArchiveIndex embedded = ArchiveIndex.openForWriting(folder); SolrIndex cloud = SolrIndex.connect(solr.location())) {
      cloud.clear();
      for (IndexedDocument document : documents) {
        embedded.put(document);
        cloud.put(document);
      }
      embedded.commit();
      cloud.commit();
      assertEquals(embedded.entries().stream().sorted(BY_ID).toList(), cloud.entries().stream().sorted(BY_ID).toList());
      List<Executable> checks = new ArrayList<>();
      for (String query : List.of("", "chỉ thị 41", "chi thi 41", "\"Ban Dân vận\"", "tuyên truyền -huyện",
          "loai:KH", "loai:ke-hoach nam:2021-2023", "coquan:UBND", "ngay:2021-01-01..2023-06-30", "phongtrao:\"dân vận\"",
          "thi đua khen thưởng Ban Thường vụ Huyện ủy Đam Rông", "Đam Rông kế hoạch thực hiện Kế hoạch 152-KH/TU",
          "41-CT/TW", "so:41-CT/TW", "Pam Rông")) {
        for (SearchRequest.Order order : SearchRequest.Order.values()) {
          for (Secrecy clearance : List.of(Secrecy.NONE, Secrecy.MAT)) {
            SearchRequest request = new SearchRequest(query, SearchRequest.MAX_LIMIT, 0, order, clearance);
            checks.add(() -> assertSameResults(request, embedded.search(request), cloud.search(request)));
          }
        }
      }
      assertAll(checks);
    } finally {
      IOUtils.rm(folder);
    }
  }

  private static final Comparator<SearchIndex.Entry> BY_ID = Comparator.comparingLong(SearchIndex.Entry::id);

  private static void assertSameResults(SearchRequest request, SearchResults embedded, SearchResults cloud) {
    String asked = request.query() + " (" + request.order() + ", " + request.clearance() + ")";
    assertEquals(embedded.total(), cloud.total(), asked + ": total");
    assertEquals(embedded.facets(), cloud.facets(), asked + ": facets");
    assertEquals(byId(embedded), byId(cloud), asked + ": hits");
    if (request.order() == SearchRequest.Order.DATE) { // by relevance, equal scores may come in another order
      assertEquals(embedded.hits().stream().map(SearchHit::date).toList(),
          cloud.hits().stream().map(SearchHit::date).toList(), asked + ": the order of dates");
    }
  }

  /** Each hit as shown, by id; the score rounded (sums in another order differ in the last bit). */
  private static Map<Long, SearchHit> byId(SearchResults results) {
    Map<Long, SearchHit> hits = new TreeMap<>();
    results.hits().forEach(hit -> hits.put(hit.id(), new SearchHit(hit.id(), hit.number(), hit.type(), hit.issuer(),
        hit.date(), hit.title(), hit.fileName(), Math.round(hit.score() * 1000) / 1000f, hit.snippet(), hit.secrecy())));
    return hits;
  }

  @Test
  @Order(3)
  void searchesStillAnswerWithOneNodeStopped() throws Exception {
    JudgedCollection.JudgedQuery query = collection.queries().get(0);
    Set<String> before = Set.copyOf(onSolr.search(query.query(), SearchRequest.MAX_LIMIT));
    assertFalse(before.isEmpty(), "the query finds something to compare");
    solr.stopNode(0);
    // every match, as a set: equal scores may come in another order from another replica
    assertEquals(before, Set.copyOf(onSolr.search(query.query(), SearchRequest.MAX_LIMIT)),
        "the other node's replicas answer alone");
  }
}
