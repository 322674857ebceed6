package vn.vankho.index;

import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Remembers what a per-token rule made of each term, looked up without copying the term. Vietnamese
 * text is made of a few thousand syllables, so nearly every token is a hit, and the rules (NFD, tone
 * placement) cost microseconds each. One cache per filter instance, so one per analyzing thread; cleared
 * when full, so a text of rare tokens cannot grow it without bound.
 */
final class TermCache {
  private static final int MAX_ENTRIES = 100_000;

  private final CharArrayMap<String> results = new CharArrayMap<>(1024, false);
  private final UnaryOperator<String> rule;

  TermCache(UnaryOperator<String> rule) {
    this.rule = rule;
  }

  /** Replaces {@code term} with what the rule makes of it. */
  void apply(CharTermAttribute term) {
    String result = results.get(term.buffer(), 0, term.length());
    if (result == null) {
      result = rule.apply(term.toString());
      if (results.size() >= MAX_ENTRIES) {
        results.clear();
      }
      results.put(term.toString(), result);
    }
    if (!result.contentEquals(term)) {
      term.setEmpty().append(result);
    }
  }
}
