package vn.vankho.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.PhraseQuery;

/** The terms an analyzer makes of a string: for building queries from what was typed. */
final class Tokens {
  private Tokens() {}

  static List<String> terms(Analyzer analyzer, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream("", text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analyzing a string cannot fail", e);
    }
    return terms;
  }

  /**
   * The phrase {@code analyzer} makes of {@code text} in {@code field}, each term at the position the analyzer
   * gives it (a chain with common grams skips the positions its pairs cover); null when there is no term.
   */
  static PhraseQuery phrase(String field, Analyzer analyzer, String text) {
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    int position = -1;
    boolean any = false;
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        position += increment.getPositionIncrement();
        phrase.add(new Term(field, term.toString()), position);
        any = true;
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException("analyzing a string cannot fail", e);
    }
    return any ? phrase.build() : null;
  }
}
