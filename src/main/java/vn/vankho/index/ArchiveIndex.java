package vn.vankho.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vankho.model.Secrecy;
import vn.vankho.model.Urgency;

/**
 * The archive's Lucene index: one entry per document, replaced by id, derived from PostgreSQL and
 * rebuildable from it. One process writes (the server, or the command line when no server runs);
 * any number of processes, the writing one included, search what was last committed: a rebuild under
 * way ({@link #clear()}, then every entry again) shows nothing until its one commit, so neither a search
 * nor a crash midway ever meets a half-empty index.
 */
public final class ArchiveIndex implements SearchIndex {
  private static final Logger LOG = LoggerFactory.getLogger(ArchiveIndex.class);
  /** How many of the best hits the proximity of the query's words may reorder. */
  static final int RESCORE_WINDOW = 50;
  /**
   * A long query is ranked by a share of its words and so matches most documents: its best hits are found without
   * scoring every match (block-max WAND skips the documents that cannot enter them), its matches are counted
   * exactly up to this many, and its facets are counted over this many best hits. 100 rather than 1,000: at 50,000
   * pages the search part of a ten-word query took 6.1 ms CPU (1,000: 8.7; every match: 10.4), see docs/search.md.
   */
  static final int RANKED_HITS_COUNTED = 100;
  private static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();
  private static final Sort NEWEST_FIRST = new Sort(newestFirst(), SortField.FIELD_SCORE);
  /** The key of the commit data that names the analysis the entries were made with. */
  private static final String ANALYSIS = "analysis";

  private final Directory directory;
  /** Null when opened for searching only; replaced when Lucene closed it for good (see {@link #writer()}). */
  private volatile IndexWriter writer;
  private final double ramBufferMb;
  private final SearcherManager searchers;
  private final QueryBuilder queries;
  private volatile boolean currentAnalysis;

  private ArchiveIndex(Directory directory, IndexWriter writer, double ramBufferMb, boolean currentAnalysis,
      Ranking ranking) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.ramBufferMb = ramBufferMb;
    this.currentAnalysis = currentAnalysis;
    this.queries = new QueryBuilder(ranking);
    SearcherFactory ranked = new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        IndexSearcher searcher = new IndexSearcher(reader);
        searcher.setSimilarity(ranking.similarity());
        return searcher;
      }
    };
    // searches read only what is committed: a rebuild under way is never seen half done
    this.searchers = new SearcherManager(directory, ranked);
  }

  /** Opens the index in {@code folder} for writing and searching, creating it if needed. */
  public static ArchiveIndex openForWriting(Path folder) {
    return openForWriting(folder, IndexWriterConfig.DEFAULT_RAM_BUFFER_SIZE_MB);
  }

  /**
   * Opens the index for writing with a RAM buffer of {@code ramBufferMb}: the memory the writer may fill
   * (across its indexing threads) before it writes a segment. Bulk loads want more than the default.
   */
  public static ArchiveIndex openForWriting(Path folder, double ramBufferMb) {
    try {
      Files.createDirectories(folder);
      Directory directory = FSDirectory.open(folder);
      String builtWith = builtWith(directory);
      IndexWriter writer = new IndexWriter(directory, writerConfig(IndexWriterConfig.OpenMode.CREATE_OR_APPEND, ramBufferMb));
      boolean current = VietnameseAnalyzers.analysis().equals(builtWith) || writer.getDocStats().numDocs == 0;
      if (current) {
        markCurrentAnalysis(writer);
      } // else the commits keep the old name until clear(): entries put meanwhile do not make the rest current
      writer.commit();
      return new ArchiveIndex(directory, writer, ramBufferMb, current, Ranking.configured());
    } catch (IOException e) {
      throw new IndexUnavailableException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
    }
  }

  /** Opens what was last committed in {@code folder}, for searching only. */
  public static ArchiveIndex openForSearching(Path folder) {
    return openForSearching(folder, Ranking.configured());
  }

  /** Opens what was last committed in {@code folder}, for searching only, ranked by {@code ranking} (to compare). */
  public static ArchiveIndex openForSearching(Path folder, Ranking ranking) {
    try {
      Directory directory = FSDirectory.open(folder);
      if (!DirectoryReader.indexExists(directory)) {
        throw new IndexUnavailableException("there is no search index in " + folder + " yet: run `vankho reindex`");
      }
      return new ArchiveIndex(directory, null, 0, VietnameseAnalyzers.analysis().equals(builtWith(directory)), ranking);
    } catch (IOException e) {
      throw new IndexUnavailableException("cannot open the search index in " + folder + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void put(IndexedDocument doc) {
    try {
      writer().updateDocument(new Term(IndexFields.ID, Long.toString(doc.id())), toLucene(doc));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void remove(long id) {
    try {
      writer().deleteDocuments(new Term(IndexFields.ID, Long.toString(id)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The last commit stays whole until the next, for searches and for a restart after a crash. */
  @Override
  public void clear() {
    try {
      IndexWriter writer = writer();
      writer.deleteAll();
      markCurrentAnalysis(writer);
      currentAnalysis = true;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Another version: before common grams, or with another list of common syllables. */
  @Override
  public boolean madeWithCurrentAnalysis() {
    return currentAnalysis;
  }

  private static String builtWith(Directory directory) throws IOException {
    return DirectoryReader.indexExists(directory) ? SegmentInfos.readLatestCommit(directory).getUserData().get(ANALYSIS) : null;
  }

  @Override
  public void commit() {
    try {
      writer().commit();
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public SearchResults search(SearchRequest request) {
    QueryBuilder.Built built = queries.build(request.query());
    // the one place the clearance applies: hits, totals, facets and snippets all come from this query
    Query query = new BooleanQuery.Builder()
        .add(built.query(), BooleanClause.Occur.MUST)
        .add(IntPoint.newRangeQuery(IndexFields.SECRECY, 0, request.clearance().ordinal()), BooleanClause.Occur.FILTER)
        .build();
    try {
      searchers.maybeRefresh();
      IndexSearcher searcher = searchers.acquire();
      try {
        int wanted = request.offset() + request.limit();
        boolean byDate = request.order() == SearchRequest.Order.DATE;
        TopDocs top;
        Map<String, List<SearchResults.FacetCount>> facets;
        if (built.ranked() && !byDate) {
          top = searcher.search(query, new TopScoreDocCollectorManager(
              Math.max(Math.max(wanted, RESCORE_WINDOW), RANKED_HITS_COUNTED), RANKED_HITS_COUNTED));
          facets = FacetCounter.count(searcher.getIndexReader().leaves(),
              Arrays.copyOf(top.scoreDocs, Math.min(top.scoreDocs.length, RANKED_HITS_COUNTED)));
        } else {
          FacetsCollectorManager.FacetsResult result = byDate
              ? FacetsCollectorManager.search(searcher, query, wanted, NEWEST_FIRST, true, new FacetsCollectorManager())
              : FacetsCollectorManager.search(searcher, query, Math.max(wanted, RESCORE_WINDOW), new FacetsCollectorManager());
          top = result.topDocs();
          facets = FacetCounter.count(result.facetsCollector().getMatchingDocs());
        }
        ScoreDoc[] all = byDate || built.proximity() == null ? top.scoreDocs : rescored(searcher, top, built.proximity());
        int from = Math.min(request.offset(), all.length);
        ScoreDoc[] page = Arrays.copyOfRange(all, from, Math.max(from, Math.min(all.length, wanted)));
        String[] snippets = snippets(searcher, query, page);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
          Document stored = searcher.storedFields().document(page[i].doc);
          hits.add(new SearchHit(Long.parseLong(stored.get(IndexFields.ID)), stored.get(IndexFields.NUMBER_SHOWN),
              stored.get(IndexFields.TYPE), stored.get(IndexFields.ISSUER_SHOWN), stored.get(IndexFields.DATE),
              stored.get(IndexFields.TITLE), stored.get(IndexFields.FILE_NAME_SHOWN), page[i].score, snippets[i],
              Secrecy.values()[stored.getField(IndexFields.SECRECY).numericValue().intValue()]));
        }
        return new SearchResults(top.totalHits.value, hits, facets,
            top.totalHits.relation == TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException | AlreadyClosedException e) {
      // its folder gone or unreadable (a failed disk, an unmounted volume), or closed: the searcher asked comes back
      // when the folder does, so the search is worth asking again, which a 503 says and a 500 does not
      throw new IndexUnavailableException("cannot read the search index: " + e, e);
    }
  }

  /**
   * The first {@link #RESCORE_WINDOW} hits scored again with {@code proximity} added, the rest as they were:
   * a fixed window, so that paging beyond it neither repeats nor skips a document.
   */
  private static ScoreDoc[] rescored(IndexSearcher searcher, TopDocs top, Query proximity) throws IOException {
    int window = Math.min(RESCORE_WINDOW, top.scoreDocs.length);
    TopDocs head = new TopDocs(top.totalHits, Arrays.copyOf(top.scoreDocs, window));
    ScoreDoc[] all = top.scoreDocs.clone();
    System.arraycopy(QueryRescorer.rescore(searcher, head, proximity, 1, window).scoreDocs, 0, all, 0, window);
    return all;
  }

  /** Reads the id terms and doc values only, never the stored text. */
  @Override
  public List<Entry> entries() {
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher searcher = searchers.acquire();
      try {
        List<Entry> entries = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
          addEntries(leaf.reader(), entries);
        }
        return entries;
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void addEntries(LeafReader leaf, List<Entry> entries) throws IOException {
    long[] idOf = new long[leaf.maxDoc()];
    Arrays.fill(idOf, -1);
    Bits live = leaf.getLiveDocs();
    Terms ids = leaf.terms(IndexFields.ID);
    if (ids == null) {
      return;
    }
    TermsEnum terms = ids.iterator();
    PostingsEnum postings = null;
    for (BytesRef term = terms.next(); term != null; term = terms.next()) {
      long id = Long.parseLong(term.utf8ToString());
      postings = terms.postings(postings, PostingsEnum.NONE);
      for (int doc = postings.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          idOf[doc] = id;
        }
      }
    }
    NumericDocValues versions = leaf.getNumericDocValues(IndexFields.VERSION);
    for (int doc = 0; doc < idOf.length; doc++) { // doc values are read in doc order
      if (idOf[doc] >= 0) {
        int version = versions != null && versions.advanceExact(doc) ? (int) versions.longValue() : 0;
        entries.add(new Entry(idOf[doc], version));
      }
    }
  }

  @Override
  public int size() {
    try {
      searchers.maybeRefreshBlocking();
      IndexSearcher searcher = searchers.acquire();
      try {
        return searcher.getIndexReader().numDocs();
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      searchers.close();
      if (writer != null) {
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] page) throws IOException {
    if (page.length == 0) {
      return new String[0];
    }
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, VietnameseAnalyzers.perField())
        .withFormatter(new DefaultPassageFormatter(Snippets.MARK, Snippets.END_MARK, Snippets.ELLIPSIS, true))
        .withMaxLength(Snippets.TEXT_READ)
        // a hit found by its number or on a poorly read page has no marked words in the text: show its opening
        .withMaxNoHighlightPassages(1)
        // the only multi-term queries (fuzzy, prefix) are on the OCR and number fields, never on the text shown
        .withHandleMultiTermQuery(false)
        .build();
    int[] docs = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = page[i].doc;
    }
    String[] snippets = highlighter.highlightFields(new String[] {IndexFields.TEXT}, query, docs,
        new int[] {Snippets.PASSAGES}).get(IndexFields.TEXT);
    for (int i = 0; i < snippets.length; i++) {
      snippets[i] = Snippets.clip(snippets[i]);
    }
    return snippets;
  }

  private static Document toLucene(IndexedDocument doc) {
    Document lucene = new Document();
    lucene.add(new StringField(IndexFields.ID, Long.toString(doc.id()), Field.Store.YES));
    lucene.add(new NumericDocValuesField(IndexFields.VERSION, doc.version()));
    lucene.add(new IntPoint(IndexFields.SECRECY, doc.secrecy().ordinal()));
    lucene.add(new StoredField(IndexFields.SECRECY, doc.secrecy().ordinal()));
    if (doc.urgency() != Urgency.NONE) {
      lucene.add(new StringField(IndexFields.URGENCY, doc.urgency().name(), Field.Store.NO));
    }
    doc.numberKeys().forEach(key -> lucene.add(new StringField(IndexFields.NUMBER, key, Field.Store.NO)));
    doc.citedKeys().forEach(key -> lucene.add(new StringField(IndexFields.CITES, key, Field.Store.NO)));
    if (doc.type() != null) {
      lucene.add(new StringField(IndexFields.TYPE, doc.type(), Field.Store.YES));
      lucene.add(facet("type", doc.type()));
    }
    if (doc.issuer() != null) {
      lucene.add(new TextField(IndexFields.ISSUER_TEXT, doc.issuer(), Field.Store.NO));
      lucene.add(new StoredField(IndexFields.ISSUER_SHOWN, doc.issuer()));
      lucene.add(facet("issuer", doc.issuer()));
    }
    if (doc.date() != null) {
      lucene.add(new StoredField(IndexFields.DATE, doc.date().toString()));
      lucene.add(new IntPoint(IndexFields.YEAR, doc.date().getYear()));
      lucene.add(new LongPoint(IndexFields.DAY, doc.date().toEpochDay()));
      lucene.add(new NumericDocValuesField(IndexFields.DAY, doc.date().toEpochDay()));
      lucene.add(facet("year", Integer.toString(doc.date().getYear())));
    }
    doc.campaigns().forEach(campaign -> {
      lucene.add(facet("campaign", campaign));
      lucene.add(new TextField(IndexFields.CAMPAIGN_TEXT, campaign, Field.Store.NO));
    });
    if (doc.number() != null) {
      lucene.add(new StoredField(IndexFields.NUMBER_SHOWN, doc.number()));
    }
    lucene.add(new TextField(IndexFields.FILE_NAME_TEXT, doc.fileName(), Field.Store.NO));
    lucene.add(new StoredField(IndexFields.FILE_NAME_SHOWN, doc.fileName()));
    lucene.add(new StoredField(IndexFields.TITLE, doc.title()));
    String searchable = doc.title() + "\n\n" + doc.text();
    // the two text fields from one analysis of the text; stored apart from its tokens, as one stored field was
    VietnameseAnalyzers.TextStreams streams = VietnameseAnalyzers.textStreams(searchable);
    lucene.add(new StoredField(IndexFields.TEXT, searchable));
    lucene.add(new Field(IndexFields.TEXT, streams.folded, TEXT_WITH_OFFSETS));
    lucene.add(new Field(IndexFields.TEXT_EXACT, streams.exact, TextField.TYPE_NOT_STORED));
    if (!doc.poorText().isEmpty()) {
      lucene.add(new TextField(IndexFields.TEXT_OCR, doc.poorText(), Field.Store.NO));
    }
    return lucene;
  }

  private static SortedSetDocValuesField facet(String name, String value) {
    return new SortedSetDocValuesField(IndexFields.facet(name), new BytesRef(value));
  }

  private static SortField newestFirst() {
    SortField day = new SortField(IndexFields.DAY, SortField.Type.LONG, true);
    day.setMissingValue(Long.MIN_VALUE);
    return day;
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /**
   * The writer, opened again over the last commit if Lucene closed it for good: a commit that failed because the
   * folder went away (a volume unmounted, a disk failing) closes it, and without this nothing would be indexed again
   * until a restart. What it held uncommitted is lost, which the indexer's marks allow for: they are written after
   * the commit they describe, so its next catch-up puts those documents again. It is opened in append mode only, so
   * while the folder is still gone writing fails instead of starting an empty index there.
   */
  private synchronized IndexWriter writer() throws IOException {
    if (writer == null) {
      throw new IllegalStateException("this index was opened for searching only");
    }
    if (!writer.isOpen()) {
      if (!DirectoryReader.indexExists(directory)) { // checked first: taking the writer's lock would make the folder
        throw new IndexUnavailableException("the search index is not in its folder: it cannot be written");
      }
      LOG.warn("the search index's writer was closed by a failure ({}); opening it again over the last commit",
          String.valueOf(writer.getTragicException()));
      IndexWriter reopened = new IndexWriter(directory, writerConfig(IndexWriterConfig.OpenMode.APPEND, ramBufferMb));
      if (currentAnalysis) {
        markCurrentAnalysis(reopened);
      }
      writer = reopened;
    }
    return writer;
  }

  /** The next commits name the current analysis as the one the entries were made with. */
  private static void markCurrentAnalysis(IndexWriter writer) {
    writer.setLiveCommitData(Map.of(ANALYSIS, VietnameseAnalyzers.analysis()).entrySet());
  }

  private static IndexWriterConfig writerConfig(IndexWriterConfig.OpenMode mode, double ramBufferMb) {
    IndexWriterConfig config = new IndexWriterConfig(VietnameseAnalyzers.perField());
    config.setSimilarity(Ranking.configured().similarity());
    config.setOpenMode(mode);
    config.setRAMBufferSizeMB(ramBufferMb);
    // only commit() makes changes durable: closing after a rebuild failed midway must not commit its half
    config.setCommitOnClose(false);
    return config;
  }
}
