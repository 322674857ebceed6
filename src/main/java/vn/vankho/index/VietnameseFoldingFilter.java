package vn.vankho.index;

import org.apache.lucene.analysis.TokenStream;
import vn.vankho.text.Diacritics;

/** Folds each token with {@link Diacritics#fold}: tone and vowel marks dropped, đ -> d. Expects NFC input. */
public final class VietnameseFoldingFilter extends TermRewriteFilter {
  public VietnameseFoldingFilter(TokenStream input) {
    super(input, Diacritics::fold);
  }
}
