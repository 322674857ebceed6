package vn.vankho.index;

import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;

/**
 * Names a {@link TermRewriteFilter} for analysis chains written as text: Solr's schema (index-config/solr) builds
 * the archive's fields from these factories, so SolrCloud indexes with the very filters the embedded index uses.
 * One token in, one out, so the same filter serves queries of one word (prefix, fuzzy) too.
 */
abstract class TermRewriteFilterFactory extends TokenFilterFactory {
  private final UnaryOperator<TokenStream> filter;

  TermRewriteFilterFactory(Map<String, String> args, UnaryOperator<TokenStream> filter) {
    super(args);
    this.filter = filter;
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("unknown parameters: " + args);
    }
  }

  /** The service loader's constructor, never used to make filters (Lucene's rule for factories). */
  TermRewriteFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public final TokenStream create(TokenStream input) {
    return filter.apply(input);
  }

  @Override
  public final TokenStream normalize(TokenStream input) {
    return create(input);
  }
}
