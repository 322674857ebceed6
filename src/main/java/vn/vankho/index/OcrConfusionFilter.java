package vn.vankho.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Rewrites each folded token with {@link OcrConfusions}: "thuweng" -> "thueng", "pam" -> "dam". */
public final class OcrConfusionFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final TermCache rule = new TermCache(OcrConfusions::rewrite);

  public OcrConfusionFilter(TokenStream input) {
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
