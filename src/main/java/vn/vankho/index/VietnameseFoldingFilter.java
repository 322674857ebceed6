package vn.vankho.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.vankho.text.Diacritics;

/** Folds each token with {@link Diacritics#fold}: tone and vowel marks dropped, đ -> d. Expects NFC input. */
public final class VietnameseFoldingFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TermCache rule = new TermCache(Diacritics::fold);

  public VietnameseFoldingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (Diacritics.isPlain(term)) {
      return true;
    }
    rule.apply(term);
    return true;
  }
}
