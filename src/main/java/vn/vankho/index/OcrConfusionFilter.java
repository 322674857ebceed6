package vn.vankho.index;

import org.apache.lucene.analysis.TokenStream;

/** Rewrites each folded token with {@link OcrConfusions}: "thuweng" -> "thueng", "pam" -> "dam". */
public final class OcrConfusionFilter extends TermRewriteFilter {
  public OcrConfusionFilter(TokenStream input) {
    super(input, OcrConfusions::rewrite);
  }
}
