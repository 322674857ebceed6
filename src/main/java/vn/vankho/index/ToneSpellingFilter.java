package vn.vankho.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.vankho.text.Diacritics;

/**
 * Gives each token its one exact spelling with {@link Diacritics#exactForm}: "hoà" and "hòa", "uỷ" and
 * "ủy", "kì" and "kỳ" become one term, so the exact field does not split a word in two.
 */
public final class ToneSpellingFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TermCache rule = new TermCache(Diacritics::exactForm);

  public ToneSpellingFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    rule.apply(term);
    return true;
  }
}
