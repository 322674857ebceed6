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
 * The ways the archive analyzes Vietnamese text, side by side:
 * <ul>
 *   <li>{@link #exact()}: NFC, lower case, one spelling of each tone placement and i/y: "Chỉ thị" gives
 *       "chỉ", "thị"; "hoà" and "hòa" both give "hòa";
 *   <li>{@link #folded()}: the same, then folded: "chi", "thi", so a query typed without marks finds it (the
 *       one spelling comes first, so "sỹ", "sĩ", "sy" and "si" all give "sy");
 *   <li>{@link #ocr()}: folded, then OCR's misreadings rewritten ({@link OcrConfusions}): "Pam" gives "dam",
 *       for the text of poorly read pages and the words searched in it.
 * </ul>
 * NFC comes first, in the char filter, because folding and lower-casing miss marks on decomposed text. Every
 * chain has the same tokenizer and only one-to-one filters, so the i-th token of each is the same word: the
 * query builder relies on that to line them up.
 */
public final class VietnameseAnalyzers {
  private VietnameseAnalyzers() {}

  private enum Chain { AS_WRITTEN, EXACT, FOLDED, OCR }

  /** NFC, lower case, tone spelling made canonical; marks kept. */
  public static Analyzer exact() {
    return new VietnameseAnalyzer(Chain.EXACT);
  }

  /** NFC, lower case, no marks, đ -> d. */
  public static Analyzer folded() {
    return new VietnameseAnalyzer(Chain.FOLDED);
  }

  /** Folded, then OCR's misreadings of Vietnamese rewritten the same way in text and query. */
  public static Analyzer ocr() {
    return new VietnameseAnalyzer(Chain.OCR);
  }

  /** NFC tokens as written, case kept: to tell an abbreviation ("UBND") from a word. */
  static Analyzer asWritten() {
    return new VietnameseAnalyzer(Chain.AS_WRITTEN);
  }

  /** The analyzer for each field of the index. */
  static Analyzer perField() {
    Analyzer folded = folded();
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
        IndexFields.TEXT, folded,
        IndexFields.TEXT_EXACT, exact(),
        IndexFields.TEXT_OCR, ocr(),
        IndexFields.ISSUER_TEXT, folded,
        IndexFields.CAMPAIGN_TEXT, folded,
        IndexFields.FILE_NAME_TEXT, folded));
  }

  private static final class VietnameseAnalyzer extends Analyzer {
    private final Chain chain;

    VietnameseAnalyzer(Chain chain) {
      this.chain = chain;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return new ICUNormalizer2CharFilter(reader, Normalizer2.getNFCInstance());
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, filter(source));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return filter(in);
    }

    private TokenStream filter(TokenStream tokens) {
      return switch (chain) {
        case AS_WRITTEN -> tokens;
        case EXACT -> exact(tokens);
        case FOLDED -> new VietnameseFoldingFilter(exact(tokens));
        case OCR -> new OcrConfusionFilter(new VietnameseFoldingFilter(exact(tokens)));
      };
    }

    /** Folding comes after the one spelling, so that "sỹ" and "sĩ", typed "sy" or "si", fold alike too. */
    private static TokenStream exact(TokenStream tokens) {
      return new ToneSpellingFilter(new LowerCaseFilter(tokens));
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
      return initReader(fieldName, reader);
    }
  }
}
