package vn.vankho.index;

import java.io.IOException;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** A filter that rewrites each token by one rule of {@code text}, through a {@link TermCache}. */
abstract class TermRewriteFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TermCache rule;

  TermRewriteFilter(TokenStream input, UnaryOperator<String> rule) {
    super(input);
    this.rule = new TermCache(rule);
  }

  @Override
  public final boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    rule.apply(term);
    return true;
  }
}
