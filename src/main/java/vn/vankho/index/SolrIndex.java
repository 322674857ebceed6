package vn.vankho.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.solr.client.solrj.SolrClient;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudLegacySolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrDocumentList;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;
import org.apache.solr.common.params.ModifiableSolrParams;
import vn.vankho.model.Secrecy;
import vn.vankho.model.Urgency;

/**
 * The archive's index as a collection on SolrCloud, sharded and replicated, for an archive past one machine. It
 * behaves as the embedded {@link ArchiveIndex}: the collection's schema (index-config/solr) analyses each field
 * with the same filters, and Solr parses what people type with the same {@link QueryBuilder} (the plugin
 * {@code vn.vankho.index.solr}, loaded by Solr), ranks with the same BM25, over the statistics of every shard, and
 * rescores the best hits by the same proximity. Facets and snippets are asked of Solr as the embedded index makes
 * them. Any number of processes may write it.
 *
 * <p>A rebuild deletes every entry and puts them back before one commit: the collection's solrconfig opens no
 * searcher but on commit, so searches see the old entries until then. The analysis the entries were made with is a
 * property of the collection, written at that commit.
 */
public final class SolrIndex implements SearchIndex {
  /** The collection property naming the analysis of its entries, as the embedded index's commit data does. */
  static final String ANALYSIS = "vankho.analysis";
  private static final String SHOWN = String.join(",", IndexFields.ID, IndexFields.NUMBER_SHOWN, IndexFields.TYPE,
      IndexFields.ISSUER_SHOWN, IndexFields.DATE, IndexFields.TITLE, IndexFields.FILE_NAME_SHOWN, IndexFields.SECRECY,
      "score");
  private static final int ENTRIES_PAGE = 5000;

  private final CloudSolrClient client;
  private final String collection;
  private final QueryBuilder queries = new QueryBuilder(Ranking.configured());
  private volatile boolean currentAnalysis;
  private volatile boolean cleared;

  private SolrIndex(CloudSolrClient client, String collection) {
    this.client = client;
    this.collection = collection;
  }

  /**
   * Connects to the collection {@link SolrLocation#COLLECTION} of the SolrCloud at {@code location}, which must have
   * been created with the configset of index-config/solr (docs/scaling.md).
   */
  public static SolrIndex connect(SolrLocation location) {
    // the client over Apache HttpClient: SolrJ's Jetty client is Jetty 10, the web server's Jetty 12
    @SuppressWarnings("deprecation")
    CloudSolrClient client = new CloudLegacySolrClient.Builder(location.zkHosts(), location.chroot()).build();
    try {
      client.connect();
      if (client.getClusterState().getCollectionOrNull(SolrLocation.COLLECTION) == null) {
        throw new IndexUnavailableException("SolrCloud at " + location + " has no collection " + SolrLocation.COLLECTION
            + ": create it with the configset of index-config/solr (docs/scaling.md)");
      }
      SolrIndex index = new SolrIndex(client, SolrLocation.COLLECTION);
      index.currentAnalysis = VietnameseAnalyzers.analysis().equals(index.builtWith()) || index.size() == 0;
      return index;
    } catch (RuntimeException e) {
      closeQuietly(client);
      throw e instanceof IndexUnavailableException ? e
          : new IndexUnavailableException("cannot reach SolrCloud at " + location + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void put(IndexedDocument doc) {
    call(() -> client.add(collection, toSolr(doc)));
  }

  @Override
  public void remove(long id) {
    call(() -> client.deleteById(collection, Long.toString(id)));
  }

  @Override
  public void clear() {
    call(() -> client.deleteByQuery(collection, "*:*"));
    cleared = true;
    currentAnalysis = true;
  }

  @Override
  public boolean madeWithCurrentAnalysis() {
    return currentAnalysis;
  }

  @Override
  public void commit() {
    call(() -> client.commit(collection));
    if (cleared || builtWith() == null) {
      call(() -> CollectionAdminRequest.setCollectionProperty(collection, ANALYSIS, VietnameseAnalyzers.analysis())
          .process(client));
      cleared = false;
    }
  }

  private String builtWith() {
    return ZkClientClusterStateProvider.from(client).getZkStateReader().getCollectionProperties(collection).get(ANALYSIS);
  }

  @Override
  public SearchResults search(SearchRequest request) {
    QueryBuilder.Built built = queries.build(request.query());
    boolean byDate = request.order() == SearchRequest.Order.DATE;
    // a long query matches most documents: its facets count its best hits, as the embedded index's do
    boolean bestHitsCounted = built.ranked() && !byDate;
    ModifiableSolrParams params = query(request);
    params.set("fl", SHOWN);
    params.set("start", request.offset());
    params.set("rows", request.limit());
    if (byDate) {
      params.set("sort", IndexFields.DAY + " desc,score desc");
    } else if (built.proximity() != null) {
      params.set("rq", "{!rerank reRankQuery=$rqq reRankDocs=" + ArchiveIndex.RESCORE_WINDOW + " reRankWeight=1}");
      params.set("rqq", "{!vankho part=proximity v=$vq}");
    }
    if (bestHitsCounted) {
      params.set("minExactCount", ArchiveIndex.RANKED_HITS_COUNTED);
    } else {
      params.set("facet", true);
      IndexFields.FACETS.forEach(facet -> params.add("facet.field", IndexFields.facet(facet)));
      params.set("facet.limit", FacetCounter.TOP_VALUES);
      params.set("facet.mincount", 1);
      params.set("facet.sort", "count");
    }
    highlight(params);
    QueryResponse response = query(params);
    SolrDocumentList found = response.getResults();
    List<SearchHit> hits = new ArrayList<>(found.size());
    for (SolrDocument stored : found) {
      String id = (String) stored.getFirstValue(IndexFields.ID);
      hits.add(new SearchHit(Long.parseLong(id), text(stored, IndexFields.NUMBER_SHOWN), text(stored, IndexFields.TYPE),
          text(stored, IndexFields.ISSUER_SHOWN), text(stored, IndexFields.DATE), text(stored, IndexFields.TITLE),
          text(stored, IndexFields.FILE_NAME_SHOWN), ((Number) stored.getFirstValue("score")).floatValue(),
          snippet(response, id), Secrecy.values()[((Number) stored.getFirstValue(IndexFields.SECRECY)).intValue()]));
    }
    Map<String, List<SearchResults.FacetCount>> facets = bestHitsCounted ? facetsOfBestHits(request) : facets(response);
    return new SearchResults(found.getNumFound(), hits, facets, Boolean.FALSE.equals(found.getNumFoundExact()));
  }

  /**
   * The typed query, parsed by Solr with the archive's {@link QueryBuilder} (the parser {@code vankho}), and the
   * clearance filter. The text goes in a parameter of its own, so nothing typed is read as Solr's own syntax.
   */
  private static ModifiableSolrParams query(SearchRequest request) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "{!vankho v=$vq}");
    params.set("vq", request.query());
    params.set("fq", IndexFields.SECRECY + ":[0 TO " + request.clearance().ordinal() + "]");
    return params;
  }

  /**
   * As {@link ArchiveIndex}'s unified highlighter: sentences, marked and escaped; the opening if nothing is marked,
   * cut to its first sentence here ({@link Snippets#openingSentence}).
   */
  private static void highlight(ModifiableSolrParams params) {
    params.set("hl", true);
    params.set("hl.q", "{!vankho v=$vq}"); // the typed query's words, not the rerank that wraps it
    params.set("hl.method", "unified");
    params.set("hl.fl", IndexFields.TEXT);
    params.set("hl.snippets", Snippets.PASSAGES);
    params.set("hl.tag.pre", Snippets.MARK);
    params.set("hl.tag.post", Snippets.END_MARK);
    params.set("hl.tag.ellipsis", Snippets.ELLIPSIS);
    params.set("hl.encoder", "html");
    params.set("hl.maxAnalyzedChars", Snippets.TEXT_READ);
    params.set("hl.defaultSummary", true);
    params.set("hl.requireFieldMatch", true);
    params.set("hl.highlightMultiTerm", false);
    params.set("hl.weightMatches", false);
    params.set("hl.bs.type", "SENTENCE");
    params.set("hl.fragsize", 1); // sentences as they are, as the embedded highlighter's passages (0 is the whole text)
  }

  private static String snippet(QueryResponse response, String id) {
    Map<String, List<String>> fields = response.getHighlighting() == null ? null : response.getHighlighting().get(id);
    List<String> passages = fields == null ? null : fields.get(IndexFields.TEXT);
    return passages == null || passages.isEmpty() ? null : Snippets.clip(Snippets.openingSentence(passages.get(0)));
  }

  private static Map<String, List<SearchResults.FacetCount>> facets(QueryResponse response) {
    Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
    for (String facet : IndexFields.FACETS) {
      FacetField field = response.getFacetField(IndexFields.facet(facet));
      Map<String, Long> counts = new HashMap<>();
      if (field != null && field.getValues() != null) {
        field.getValues().forEach(count -> counts.put(count.getName(), count.getCount()));
      }
      facets.put(facet, FacetCounter.top(counts));
    }
    return facets;
  }

  /** Counts the facet values of the {@value ArchiveIndex#RANKED_HITS_COUNTED} best hits, read from their doc values. */
  private Map<String, List<SearchResults.FacetCount>> facetsOfBestHits(SearchRequest request) {
    ModifiableSolrParams params = query(request);
    params.set("fl", String.join(",", IndexFields.FACETS.stream().map(IndexFields::facet).toList()));
    params.set("rows", ArchiveIndex.RANKED_HITS_COUNTED);
    Map<String, Map<String, Long>> counts = new HashMap<>();
    for (SolrDocument hit : query(params).getResults()) {
      for (String facet : IndexFields.FACETS) {
        Collection<Object> values = hit.getFieldValues(IndexFields.facet(facet));
        if (values != null) {
          values.forEach(value -> counts.computeIfAbsent(facet, f -> new HashMap<>()).merge(value.toString(), 1L, Long::sum));
        }
      }
    }
    Map<String, List<SearchResults.FacetCount>> facets = new LinkedHashMap<>();
    IndexFields.FACETS.forEach(facet -> facets.put(facet, FacetCounter.top(counts.getOrDefault(facet, Map.of()))));
    return facets;
  }

  /** Reads the ids and versions only, a page at a time in id order (a cursor, so no page is read twice). */
  @Override
  public List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      ModifiableSolrParams params = new ModifiableSolrParams();
      params.set("q", "*:*");
      params.set("fl", IndexFields.ID + "," + IndexFields.VERSION);
      params.set("sort", IndexFields.ID + " asc");
      params.set("rows", ENTRIES_PAGE);
      params.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = query(params);
      for (SolrDocument entry : response.getResults()) {
        Object version = entry.getFirstValue(IndexFields.VERSION);
        entries.add(new Entry(Long.parseLong((String) entry.getFirstValue(IndexFields.ID)),
            version == null ? 0 : ((Number) version).intValue()));
      }
      if (cursor.equals(response.getNextCursorMark())) {
        return entries;
      }
      cursor = response.getNextCursorMark();
    }
  }

  @Override
  public int size() {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", "*:*");
    params.set("rows", 0);
    return (int) query(params).getResults().getNumFound();
  }

  @Override
  public void close() {
    closeQuietly(client);
  }

  private QueryResponse query(ModifiableSolrParams params) {
    // POST: a long query's text does not fit every server's URL
    return call(() -> client.query(collection, params, SolrRequest.METHOD.POST));
  }

  private static SolrInputDocument toSolr(IndexedDocument doc) {
    SolrInputDocument solr = new SolrInputDocument();
    solr.addField(IndexFields.ID, Long.toString(doc.id()));
    solr.addField(IndexFields.VERSION, doc.version());
    solr.addField(IndexFields.SECRECY, doc.secrecy().ordinal());
    if (doc.urgency() != Urgency.NONE) {
      solr.addField(IndexFields.URGENCY, doc.urgency().name());
    }
    doc.numberKeys().forEach(key -> solr.addField(IndexFields.NUMBER, key));
    doc.citedKeys().forEach(key -> solr.addField(IndexFields.CITES, key));
    if (doc.type() != null) {
      solr.addField(IndexFields.TYPE, doc.type());
      solr.addField(IndexFields.facet("type"), doc.type());
    }
    if (doc.issuer() != null) {
      solr.addField(IndexFields.ISSUER_TEXT, doc.issuer());
      solr.addField(IndexFields.ISSUER_SHOWN, doc.issuer());
      solr.addField(IndexFields.facet("issuer"), doc.issuer());
    }
    if (doc.date() != null) {
      solr.addField(IndexFields.DATE, doc.date().toString());
      solr.addField(IndexFields.YEAR, doc.date().getYear());
      solr.addField(IndexFields.DAY, doc.date().toEpochDay());
      solr.addField(IndexFields.facet("year"), Integer.toString(doc.date().getYear()));
    }
    doc.campaigns().forEach(campaign -> {
      solr.addField(IndexFields.facet("campaign"), campaign);
      solr.addField(IndexFields.CAMPAIGN_TEXT, campaign);
    });
    if (doc.number() != null) {
      solr.addField(IndexFields.NUMBER_SHOWN, doc.number());
    }
    solr.addField(IndexFields.FILE_NAME_TEXT, doc.fileName());
    solr.addField(IndexFields.FILE_NAME_SHOWN, doc.fileName());
    solr.addField(IndexFields.TITLE, doc.title());
    String searchable = doc.title() + "\n\n" + doc.text();
    solr.addField(IndexFields.TEXT, searchable);
    solr.addField(IndexFields.TEXT_EXACT, searchable);
    if (!doc.poorText().isEmpty()) {
      solr.addField(IndexFields.TEXT_OCR, doc.poorText());
    }
    return solr;
  }

  private static String text(SolrDocument stored, String field) {
    Object value = stored.getFirstValue(field);
    return value == null ? null : value.toString();
  }

  private interface SolrCall<T> {
    T call() throws SolrServerException, IOException;
  }

  private <T> T call(SolrCall<T> call) {
    try {
      return call.call();
    } catch (SolrServerException | IOException | org.apache.solr.common.SolrException e) {
      throw new IndexUnavailableException("SolrCloud collection " + collection + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(SolrClient client) {
    try {
      client.close();
    } catch (IOException e) {
      // closing a client that could not connect: nothing to keep
    }
  }
}
