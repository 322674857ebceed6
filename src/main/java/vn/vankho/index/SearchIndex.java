package vn.vankho.index;

import java.util.List;

/**
 * The archive's search index, derived from PostgreSQL and rebuildable from it: one entry per document, replaced by
 * id. Two kinds, one behaviour: the embedded Lucene index in the data folder ({@link ArchiveIndex}, the default) and
 * a collection on SolrCloud ({@code vn.vankho.index.solr.SolrIndex}, the option {@code --solr}), analysed by the same
 * filters and queried through the same {@link QueryBuilder}. Changes are seen by searches after {@link #commit()}.
 */
public interface SearchIndex extends AutoCloseable {

  /** One entry of the index: the document's id and the version of its row the entry was made from. */
  record Entry(long id, int version) {}

  /** Adds or replaces the entry of one document. Visible to searches after {@link #commit()}. */
  void put(IndexedDocument doc);

  /** Removes the entry of one document, if any. */
  void remove(long id);

  /**
   * Removes every entry; the rebuild that follows puts them back, made with the current analysis. Until the next
   * {@link #commit()} searches see the last commit whole.
   */
  void clear();

  /**
   * False when the entries were made by another version of the analysis: queries would look for terms they lack, so
   * the index must be rebuilt from the database ({@link #clear()}, then every document again). An empty index is
   * current.
   */
  boolean madeWithCurrentAnalysis();

  /** Makes changes durable and visible to searches in this and other processes. */
  void commit();

  SearchResults search(SearchRequest request);

  /**
   * Every entry of what was last committed, an id twice if it is there twice; the version is 0 for entries made
   * before versions were kept.
   */
  List<Entry> entries();

  /** How many documents the index holds. */
  int size();

  @Override
  void close();
}
