package vn.vankho.index;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The two ways the archive analyzes Vietnamese text, side by side:
 * <ul>
 *   <li>{@link #exact()}: NFC, lower case, one spelling of each tone placement and i/y: "Chỉ thị" gives
 *       "chỉ", "thị"; "hoà" and "hòa" both give "hòa";
 *   <li>{@link #folded()}: the same, then folded: "chi", "thi", so a query typed without marks finds it.
 * </ul>
 * NFC comes first, in the char filter, because folding and lower-casing miss marks on decomposed text.
 */
public final class VietnameseAnalyzers {
  private VietnameseAnalyzers() {}

  /** NFC, lower case, tone spelling made canonical; marks kept. */
  public static Analyzer exact() {
    return new VietnameseAnalyzer(false);
  }

  /** NFC, lower case, no marks, đ -> d. */
  public static Analyzer folded() {
    return new VietnameseAnalyzer(true);
  }

  /** The analyzer for each field of the index. */
  static Analyzer perField() {
    Analyzer folded = folded();
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
        IndexFields.TEXT, folded,
        IndexFields.TEXT_EXACT, exact(),
        IndexFields.ISSUER_TEXT, folded,
        IndexFields.FILE_NAME_TEXT, folded));
  }

  private static final class VietnameseAnalyzer extends Analyzer {
    private final boolean fold;

    VietnameseAnalyzer(boolean fold) {
      this.fold = fold;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFCInstance());
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, filter(new LowerCaseFilter(source)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return filter(new LowerCaseFilter(in));
    }

    private TokenStream filter(TokenStream lowerCased) {
      return fold ? new VietnameseFoldingFilter(lowerCased) : new ToneSpellingFilter(lowerCased);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
      return initReader(fieldName, reader);
    }
  }
}
