package vn.vankho.index;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import vn.vankho.text.Diacritics;

/** Folds each token with {@link Diacritics#fold}: tone and vowel marks dropped, đ -> d. Expects NFC input. */
public final class VietnameseFoldingFilter extends TermRewriteFilter {
  /** What it makes of each token; also what the folded text field's playback applies (VietnameseAnalyzers). */
  static final UnaryOperator<String> RULE = Diacritics::fold;

  public VietnameseFoldingFilter(TokenStream input) {
    super(input, RULE);
  }
}
