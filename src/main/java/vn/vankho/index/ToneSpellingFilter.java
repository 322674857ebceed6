package vn.vankho.index;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenStream;
import vn.vankho.text.Diacritics;

/**
 * Gives each token its one exact spelling with {@link Diacritics#exactForm}: "hoà" and "hòa", "uỷ" and
 * "ủy", "kì" and "kỳ" become one term, so the exact field does not split a word in two.
 */
public final class ToneSpellingFilter extends TermRewriteFilter {
  /** What it makes of each token; also what the text fields' playback applies (VietnameseAnalyzers). */
  static final UnaryOperator<String> RULE = Diacritics::exactForm;

  public ToneSpellingFilter(TokenStream input) {
    super(input, RULE);
  }
}
