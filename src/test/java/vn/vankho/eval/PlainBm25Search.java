package vn.vankho.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.classic.ClassicTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The textbook baseline: Lucene with its classic tokenizer and lower case only (syllables, marks kept), BM25 with
 * k1 1.2 and b 0.75, and any word of the query may match (one SHOULD clause a word). What a developer gets from
 * Lucene in an afternoon; the archive's search has to rank at least as well.
 */
final class PlainBm25Search implements RankedSearch {
  private static final String NAME = "name";
  private static final String TEXT = "text";
  private final Analyzer analyzer = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      ClassicTokenizer source = new ClassicTokenizer();
      return new TokenStreamComponents(source, new LowerCaseFilter(source));
    }
  };
  private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  PlainBm25Search(Map<String, String> documents) {
    BM25Similarity bm25 = new BM25Similarity(1.2f, 0.75f);
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setSimilarity(bm25))) {
      for (Map.Entry<String, String> document : documents.entrySet()) {
        Document lucene = new Document();
        lucene.add(new StringField(NAME, document.getKey(), Field.Store.YES));
        lucene.add(new TextField(TEXT, document.getValue(), Field.Store.NO));
        writer.addDocument(lucene);
      }
      writer.commit();
      reader = DirectoryReader.open(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    searcher = new IndexSearcher(reader);
    searcher.setSimilarity(bm25);
  }

  @Override
  public String name() {
    return "plain BM25 (Lucene, classic tokenizer, lower case, k1 1.2 b 0.75, any word)";
  }

  @Override
  public List<String> search(String query, int limit) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    try (TokenStream tokens = analyzer.tokenStream(TEXT, query)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        any.add(new TermQuery(new Term(TEXT, term.toString())), Occur.SHOULD);
      }
      tokens.end();
      List<String> ranked = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(any.build(), limit).scoreDocs) {
        ranked.add(searcher.storedFields().document(hit.doc).get(NAME));
      }
      return ranked;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
