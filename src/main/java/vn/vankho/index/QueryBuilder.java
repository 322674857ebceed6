package vn.vankho.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.vankho.text.Diacritics;
import vn.vankho.text.DocumentNumbers;

/**
 * Turns what a person types into a Lucene query. Every word must match (an archive search narrows);
 * a word typed with marks also scores its exact spelling higher; "quoted words" match as a phrase;
 * -word excludes; a document number in any form people type it ("41-CT/TW", "41/CT-TW", "ct 41",
 * "chỉ thị số 41") matches the document that bears it first, then the documents that cite it. No query syntax can fail: "41-CT/TW" is a number, not an operator.
 */
final class QueryBuilder {
  private static final Pattern PHRASE = Pattern.compile("(-?)\"([^\"]*)\"");
  private static final float EXACT_BOOST = 2f;
  private static final float OWN_NUMBER_BOOST = 20f;

  private final Analyzer exact = VietnameseAnalyzers.exact();
  private final Analyzer folded = VietnameseAnalyzers.folded();

  Query build(String typed) {
    String rest = Diacritics.nfc(typed);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boolean positive = false;

    DocumentNumbers.NumberQuery numbers = DocumentNumbers.parseQuery(rest);
    if (numbers.hasNumber()) {
      BooleanQuery.Builder number = new BooleanQuery.Builder();
      for (String key : numbers.exactKeys()) {
        number.add(new BoostQuery(new TermQuery(new Term(IndexFields.NUMBER, key)), OWN_NUMBER_BOOST), Occur.SHOULD);
        number.add(new TermQuery(new Term(IndexFields.CITES, key)), Occur.SHOULD);
      }
      for (String prefix : numbers.keyPrefixes()) {
        number.add(new BoostQuery(new PrefixQuery(new Term(IndexFields.NUMBER, prefix)), OWN_NUMBER_BOOST), Occur.SHOULD);
        number.add(new PrefixQuery(new Term(IndexFields.CITES, prefix)), Occur.SHOULD);
      }
      query.add(number.build(), Occur.MUST);
      positive = true;
      rest = numbers.remainder();
    }

    Matcher phrases = PHRASE.matcher(rest);
    while (phrases.find()) {
      Query phrase = phrase(phrases.group(2));
      if (phrase != null) {
        boolean excluded = !phrases.group(1).isEmpty();
        query.add(phrase, excluded ? Occur.MUST_NOT : Occur.MUST);
        positive |= !excluded;
      }
    }
    rest = phrases.replaceAll(" ");

    for (String word : rest.split("\\s+")) {
      boolean excluded = word.startsWith("-") && word.length() > 1;
      Query words = words(excluded ? word.substring(1) : word);
      if (words != null) {
        query.add(words, excluded ? Occur.MUST_NOT : Occur.MUST);
        positive |= !excluded;
      }
    }
    if (!positive) {
      query.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return query.build();
  }

  /** All the tokens of one typed word ("thi-đua" is two), each matched folded, and exactly when marked. */
  private Query words(String word) {
    List<String> foldedTerms = terms(folded, IndexFields.TEXT, word);
    if (foldedTerms.isEmpty()) {
      return null;
    }
    List<String> exactTerms = terms(exact, IndexFields.TEXT_EXACT, word);
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (int i = 0; i < foldedTerms.size(); i++) {
      Query foldedQuery = new TermQuery(new Term(IndexFields.TEXT, foldedTerms.get(i)));
      if (i < exactTerms.size() && !exactTerms.get(i).equals(foldedTerms.get(i))) {
        all.add(new BooleanQuery.Builder()
            .add(foldedQuery, Occur.SHOULD)
            .add(new BoostQuery(new TermQuery(new Term(IndexFields.TEXT_EXACT, exactTerms.get(i))), EXACT_BOOST),
                Occur.SHOULD)
            .build(), Occur.MUST);
      } else {
        all.add(foldedQuery, Occur.MUST);
      }
    }
    return all.build();
  }

  private Query phrase(String text) {
    List<String> foldedTerms = terms(folded, IndexFields.TEXT, text);
    if (foldedTerms.isEmpty()) {
      return null;
    }
    Query foldedPhrase = new PhraseQuery(IndexFields.TEXT, foldedTerms.toArray(String[]::new));
    List<String> exactTerms = terms(exact, IndexFields.TEXT_EXACT, text);
    if (exactTerms.equals(foldedTerms)) {
      return foldedPhrase;
    }
    return new BooleanQuery.Builder()
        .add(foldedPhrase, Occur.MUST)
        .add(new BoostQuery(new PhraseQuery(IndexFields.TEXT_EXACT, exactTerms.toArray(String[]::new)), EXACT_BOOST),
            Occur.SHOULD)
        .build();
  }

  private static List<String> terms(Analyzer analyzer, String field, String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
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
}
