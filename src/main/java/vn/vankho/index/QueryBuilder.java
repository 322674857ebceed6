package vn.vankho.index;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import vn.vankho.model.Urgency;
import vn.vankho.text.Abbreviations;
import vn.vankho.text.Diacritics;
import vn.vankho.text.DocumentNumbers;
import vn.vankho.text.DocumentTypes;

/**
 * Turns what a person types ({@link TypedQuery}) into a Lucene query.
 * <ul>
 *   <li>Every word of a short query must match (an archive search narrows): folded, and a word typed with marks
 *       scores its exact spelling higher. Words found close together score higher still (see {@link Built}).
 *   <li>A long query (a question, a phrase remembered loosely: {@link Ranking#rankFrom()} words or more) ranks
 *       by all its words: a document needs only a share of them, stop syllables score little and are never
 *       needed, a document number in it scores without being needed, and each pair of neighbouring words
 *       found side by side scores again.
 *   <li>Abbreviations and their expansions find each other ({@link Synonyms}).
 *   <li>On poorly read pages ({@link IndexFields#TEXT_OCR}) most words suffice, each forgiving OCR's slips:
 *       rewritten by {@link OcrConfusions}, then one edit after the first letter for a word of 4 letters or more.
 *   <li>A document number in any form people type it matches the document that bears it first, then the
 *       documents that cite it; {@code so:} matches only the document that bears it.
 *   <li>{@code loai:KH} or {@code loai:ke-hoach} (type code or name), {@code coquan:UBND} (issuer words or
 *       abbreviation), {@code nam:2024} or {@code nam:2020-2024}, {@code phongtrao:"Người tốt"} (words of a campaign's name), {@code ngay:2024-01-01..2024-06-30} (either
 *       end may be left open) filter without scoring.
 * </ul>
 * No query can fail: "41-CT/TW" is a number, not an operator, and a filter whose value makes no sense
 * matches nothing.
 */
public final class QueryBuilder {
  private static final float OWN_NUMBER_BOOST = 20f;
  private static final int PROXIMITY_SLOP = 3;
  /** Above any BM25 score of a query's words: a ranked query puts the documents holding all of them first. */
  private static final float EVERY_WORD_FIRST = 1000f;
  private static final float OCR_WORD_SCORE = 0.2f;
  /** The share of a query's words a poorly read page must hold: most of them. */
  private static final double OCR_WORDS_NEEDED = 0.6;
  private static final int OCR_ONE_EDIT_FROM = 4;
  /** Leading letters a fuzzy match keeps: the confusion rules already mend the first letter (P for Đ). */
  private static final int OCR_EXACT_PREFIX = 1;
  private static final Pattern YEARS = Pattern.compile("(\\d{4})(?:-(\\d{4}))?");
  private static final Pattern DAYS = Pattern.compile("([\\d-]*)(\\.\\.)?([\\d-]*)");

  private final Analyzer asWritten = VietnameseAnalyzers.asWritten();
  private final Analyzer exact = VietnameseAnalyzers.exact();
  private final Analyzer folded = VietnameseAnalyzers.folded();
  private final Analyzer ocr = VietnameseAnalyzers.ocr();
  private final Analyzer foldedPhrase = VietnameseAnalyzers.foldedPhrase();
  private final Analyzer exactPhrase = VietnameseAnalyzers.exactPhrase();
  private final Synonyms synonyms = new Synonyms(folded, exact);
  private final Ranking ranking;

  public QueryBuilder(Ranking ranking) {
    this.ranking = ranking;
  }

  /** One typed word in each of the analyzers' forms. */
  private record Word(String written, String exact, String folded, String ocr) {}

  /** What a document must match for one word, or for a run of words spelling out an abbreviation. */
  private record Unit(Query query, boolean stop) {}

  /**
   * What to search: {@code query} selects and scores; {@code proximity}, when the query has two words or more,
   * rescores the best hits (words close together score higher: within a few positions for a short query, pairs
   * side by side for a long one). Apart, because a sloppy phrase of common words over every match costs ten times
   * the rest of the query (measured at 200,000 pages: docs/search.md). {@code ranked}: a long query, whose share of
   * words matches most documents.
   */
  public record Built(Query query, Query proximity, boolean ranked) {}

  public Built build(String typed) {
    TypedQuery parsed = TypedQuery.parse(typed);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boolean scored = false;
    List<Word> words = words(parsed.words());
    // a question may quote a term ("Định nghĩa của \"người lao động\"?"): its words count towards the length
    int phraseWords = parsed.phrases().stream().filter(p -> !p.excluded()).mapToInt(p -> Tokens.terms(folded, p.text()).size()).sum();
    boolean ranked = words.size() + phraseWords >= ranking.rankFrom();

    if (parsed.numbers().hasNumber()) {
      // in a question, "năm 2017" or "Điều 12" must not empty the results: the number scores, the words select
      query.add(number(parsed.numbers(), true), ranked ? Occur.SHOULD : Occur.MUST);
      scored = true;
    }
    for (TypedQuery.Part part : parsed.phrases()) {
      Query phrase = phrase(part.text());
      if (phrase != null) {
        query.add(phrase, part.excluded() ? Occur.MUST_NOT : Occur.MUST);
        scored |= !part.excluded();
      }
    }
    Query proximity = null;
    if (!words.isEmpty()) {
      List<Unit> units = units(words);
      Query everyWord = ocrTolerant(words, all(units));
      query.add(ranked ? new DisjunctionMaxQuery(List.of(first(everyWord), some(units)), 0f) : everyWord, Occur.MUST);
      if (ranked) {
        proximity = pairs(words);
      } else if (words.size() > 1) {
        proximity = new PhraseQuery(PROXIMITY_SLOP, IndexFields.TEXT, words.stream().map(Word::folded).toArray(String[]::new));
      }
      scored = true;
    }
    for (String excluded : parsed.excludedWords()) {
      List<Word> unwanted = words(excluded);
      if (!unwanted.isEmpty()) {
        query.add(all(units(unwanted)), Occur.MUST_NOT);
      }
    }
    for (TypedQuery.Filter filter : parsed.filters()) {
      query.add(filter(filter), filter.excluded() ? Occur.MUST_NOT : Occur.FILTER);
    }
    if (!scored) {
      query.add(new MatchAllDocsQuery(), Occur.MUST);
    }
    return new Built(query.build(), proximity, ranked && !words.isEmpty());
  }

  /** Own number first ({@code citing} adds the documents that cite it, ranked below). */
  private static Query number(DocumentNumbers.NumberQuery numbers, boolean citing) {
    BooleanQuery.Builder number = new BooleanQuery.Builder();
    for (String key : numbers.exactKeys()) {
      number.add(new BoostQuery(new TermQuery(new Term(IndexFields.NUMBER, key)), OWN_NUMBER_BOOST), Occur.SHOULD);
      if (citing) {
        number.add(new TermQuery(new Term(IndexFields.CITES, key)), Occur.SHOULD);
      }
    }
    for (String prefix : numbers.keyPrefixes()) {
      number.add(new BoostQuery(new PrefixQuery(new Term(IndexFields.NUMBER, prefix)), OWN_NUMBER_BOOST), Occur.SHOULD);
      if (citing) {
        number.add(new PrefixQuery(new Term(IndexFields.CITES, prefix)), Occur.SHOULD);
      }
    }
    return number.build();
  }

  /** {@code clean} on clean text, or most of the words, loosely, on poorly read pages. */
  private Query ocrTolerant(List<Word> words, Query clean) {
    BooleanQuery.Builder loose = new BooleanQuery.Builder();
    for (Word word : words) {
      int length = word.ocr().length();
      Term term = new Term(IndexFields.TEXT_OCR, word.ocr());
      Query match = length < OCR_ONE_EDIT_FROM ? new TermQuery(term) : new FuzzyQuery(term, 1, OCR_EXACT_PREFIX);
      // a word counts once however many misspellings of it the page holds: long OCR pages hold many
      loose.add(new BoostQuery(new ConstantScoreQuery(match), OCR_WORD_SCORE), Occur.SHOULD);
    }
    loose.setMinimumNumberShouldMatch((int) Math.ceil(words.size() * OCR_WORDS_NEEDED));
    // the better of the two, not their sum: a poorly read page that also matches strictly gains nothing more
    return new DisjunctionMaxQuery(List.of(clean, loose.build()), 0f);
  }

  /**
   * What a short query would find, ranked above every document that holds only some of the words: a document with
   * every word (or most of them on a poorly read page) still comes first, in the order it had.
   */
  private static Query first(Query everyWord) {
    return new BooleanQuery.Builder()
        .add(everyWord, Occur.MUST)
        .add(new BoostQuery(new ConstantScoreQuery(everyWord), EVERY_WORD_FIRST), Occur.SHOULD)
        .build();
  }

  /** Every unit. */
  private static Query all(List<Unit> units) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    units.forEach(unit -> all.add(unit.query(), Occur.MUST));
    return all.build();
  }

  /**
   * Some units, the more the better: a share of those that are not stop syllables is needed, each stop syllable
   * adds a fraction of its score. A query of stop syllables only needs a share of them.
   */
  private Query some(List<Unit> units) {
    List<Unit> content = units.stream().filter(unit -> !unit.stop()).distinct().toList();
    List<Unit> stops = content.isEmpty() ? List.of() : units.stream().filter(Unit::stop).distinct().toList();
    if (content.isEmpty()) {
      content = units.stream().distinct().toList();
    }
    BooleanQuery.Builder needed = new BooleanQuery.Builder();
    content.forEach(unit -> needed.add(unit.query(), Occur.SHOULD));
    needed.setMinimumNumberShouldMatch(ranking.wordsNeeded(content.size()));
    if (stops.isEmpty()) {
      return needed.build();
    }
    BooleanQuery.Builder withStops = new BooleanQuery.Builder().add(needed.build(), Occur.MUST);
    stops.forEach(unit -> withStops.add(new BoostQuery(unit.query(), ranking.stopWeight()), Occur.SHOULD));
    return withStops.build();
  }

  /**
   * Each pair of neighbouring words side by side, folded (by its common gram when one of the two is common),
   * and scored higher in its exact spelling when both are typed with marks.
   */
  private Query pairs(List<Word> words) {
    BooleanQuery.Builder pairs = new BooleanQuery.Builder();
    for (int i = 0; i + 1 < words.size(); i++) {
      Word first = words.get(i);
      Word second = words.get(i + 1);
      pairs.add(new BoostQuery(Tokens.phrase(IndexFields.TEXT, foldedPhrase, first.folded() + " " + second.folded()),
          ranking.pairBoost()), Occur.SHOULD);
      if (!first.exact().equals(first.folded()) || !second.exact().equals(second.folded())) {
        Query exactPair = Tokens.phrase(IndexFields.TEXT_EXACT, exactPhrase, first.exact() + " " + second.exact());
        pairs.add(new BoostQuery(exactPair, ranking.pairBoost() * ranking.exactBoost()), Occur.SHOULD);
      }
    }
    return pairs.build();
  }

  /** Each word by itself, by an abbreviation it is typed as, or within a spelled-out abbreviation. */
  private List<Unit> units(List<Word> words) {
    List<String> foldedWords = words.stream().map(Word::folded).toList();
    List<Unit> all = new ArrayList<>();
    for (int i = 0; i < words.size(); ) {
      Synonyms.Expansion spelledOut = synonyms.spelledOutAt(foldedWords, i);
      if (spelledOut != null) {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        BooleanQuery.Builder spelled = new BooleanQuery.Builder();
        words.subList(i, i + spelledOut.length()).forEach(w -> spelled.add(word(w), Occur.MUST));
        either.add(spelled.build(), Occur.SHOULD);
        spelledOut.abbreviations().forEach(a -> either.add(new TermQuery(new Term(IndexFields.TEXT_EXACT, a)), Occur.SHOULD));
        all.add(new Unit(either.build(), false));
        i += spelledOut.length();
        continue;
      }
      Word word = words.get(i++);
      List<List<String>> expansions = synonyms.expansionsOf(word.written());
      if (expansions.isEmpty()) {
        all.add(new Unit(word(word), ranking.isStop(word.exact(), word.folded())));
      } else {
        BooleanQuery.Builder either = new BooleanQuery.Builder();
        either.add(new TermQuery(new Term(IndexFields.TEXT_EXACT, word.exact())), Occur.SHOULD);
        // an expansion is a phrase of common syllables ("uy ban nhan dan"): searched by its common grams too
        expansions.forEach(e -> either.add(Tokens.phrase(IndexFields.TEXT, foldedPhrase, String.join(" ", e)), Occur.SHOULD));
        all.add(new Unit(either.build(), false));
      }
    }
    return all;
  }

  /** One word, folded, and scored higher in its exact spelling when typed with marks. */
  private Query word(Word word) {
    Query foldedQuery = new TermQuery(new Term(IndexFields.TEXT, word.folded()));
    if (word.exact().equals(word.folded())) {
      return foldedQuery;
    }
    return new BooleanQuery.Builder()
        .add(foldedQuery, Occur.MUST)
        .add(new BoostQuery(new TermQuery(new Term(IndexFields.TEXT_EXACT, word.exact())), ranking.exactBoost()), Occur.SHOULD)
        .build();
  }

  /**
   * The words of {@code text} in a row, folded, and scored higher in their exact spelling when typed with marks.
   * Both text fields are searched by their common grams ({@link VietnameseAnalyzers#foldedPhrase()}): the same
   * documents as the words in a row, found through the short postings of the pairs with a common syllable.
   */
  private Query phrase(String text) {
    List<String> foldedTerms = Tokens.terms(folded, text);
    if (foldedTerms.isEmpty()) {
      return null;
    }
    Query inFolded = Tokens.phrase(IndexFields.TEXT, foldedPhrase, text);
    List<String> exactTerms = Tokens.terms(exact, text);
    Query clean = exactTerms.equals(foldedTerms) ? inFolded : new BooleanQuery.Builder()
        .add(inFolded, Occur.MUST)
        .add(new BoostQuery(Tokens.phrase(IndexFields.TEXT_EXACT, exactPhrase, text), ranking.exactBoost()), Occur.SHOULD)
        .build();
    // on poorly read pages, the words in a row once OCR's misreadings are rewritten; no fuzziness in a phrase
    Query poorlyRead = new PhraseQuery(IndexFields.TEXT_OCR, Tokens.terms(ocr, text).toArray(String[]::new));
    return new DisjunctionMaxQuery(List.of(clean, poorlyRead), 0f);
  }

  /** The words of {@code text}, lined up across the analyzers (same tokenizer, one-to-one filters). */
  private List<Word> words(String text) {
    List<String> written = Tokens.terms(asWritten, text);
    List<String> exactTerms = Tokens.terms(exact, text);
    List<String> foldedTerms = Tokens.terms(folded, text);
    List<String> ocrTerms = Tokens.terms(ocr, text);
    List<Word> words = new ArrayList<>(written.size());
    for (int i = 0; i < written.size(); i++) {
      words.add(new Word(written.get(i), exactTerms.get(i), foldedTerms.get(i), ocrTerms.get(i)));
    }
    return words;
  }

  private Query filter(TypedQuery.Filter filter) {
    String value = filter.value();
    return switch (filter.field()) {
      case SO -> {
        DocumentNumbers.NumberQuery numbers = DocumentNumbers.parseQuery(value);
        yield numbers.hasNumber() ? number(numbers, false) : new MatchNoDocsQuery("not a document number: " + value);
      }
      case LOAI -> type(value);
      case COQUAN -> issuer(value);
      case NAM -> years(value);
      case NGAY -> days(value);
      case PHONGTRAO -> campaign(value);
      case DOKHAN -> urgency(value);
    };
  }

  /** Documents of a level of độ khẩn ("khan", "hỏa tốc", "THUONG_KHAN"); a level that is none matches nothing. */
  private static Query urgency(String value) {
    try {
      return new TermQuery(new Term(IndexFields.URGENCY, Urgency.parse(value).name()));
    } catch (IllegalArgumentException notALevel) {
      return new MatchNoDocsQuery("not a level of urgency: " + value);
    }
  }

  /** A type code ("KH", "kh") or name ("kế hoạch", "ke-hoach"); a name two codes share gives both. */
  private static Query type(String value) {
    BooleanQuery.Builder codes = new BooleanQuery.Builder();
    DocumentTypes.canonicalCode(value).ifPresent(code -> codes.add(typeIs(code), Occur.SHOULD));
    String name = Diacritics.searchForm(value.replace('-', ' '));
    DocumentTypes.all().forEach((code, typeName) -> {
      if (Diacritics.searchForm(typeName).equals(name)) {
        codes.add(typeIs(code), Occur.SHOULD);
      }
    });
    return codes.build();
  }

  private static Query typeIs(String code) {
    return new TermQuery(new Term(IndexFields.TYPE, code));
  }

  /** Every word of the issuer as written, or of an expansion when it is an abbreviation ("UBND"). */
  private Query issuer(String value) {
    List<String> spellings = new ArrayList<>(List.of(value));
    spellings.addAll(Abbreviations.expansions(value));
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String spelling : spellings) {
      BooleanQuery.Builder all = new BooleanQuery.Builder();
      Tokens.terms(folded, spelling).forEach(t -> all.add(new TermQuery(new Term(IndexFields.ISSUER_TEXT, t)), Occur.MUST));
      any.add(all.build(), Occur.SHOULD);
    }
    return any.build();
  }

  /** Every word of the campaign's name, marks aside: "phongtrao:\"nguoi tot\"" finds "Người tốt, việc tốt". */
  private Query campaign(String value) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    Tokens.terms(folded, value)
        .forEach(t -> all.add(new TermQuery(new Term(IndexFields.CAMPAIGN_TEXT, t)), Occur.MUST));
    return all.build();
  }

  private static Query years(String value) {
    Matcher years = YEARS.matcher(value);
    if (!years.matches()) {
      return new MatchNoDocsQuery("not a year or a range of years: " + value);
    }
    int from = Integer.parseInt(years.group(1));
    int to = years.group(2) == null ? from : Integer.parseInt(years.group(2));
    return IntPoint.newRangeQuery(IndexFields.YEAR, from, to);
  }

  private static Query days(String value) {
    Matcher days = DAYS.matcher(value);
    try {
      if (days.matches() && !value.isEmpty()) {
        long from = days.group(1).isEmpty() ? Long.MIN_VALUE : LocalDate.parse(days.group(1)).toEpochDay();
        boolean range = days.group(2) != null;
        long to = !range ? from : days.group(3).isEmpty() ? Long.MAX_VALUE : LocalDate.parse(days.group(3)).toEpochDay();
        return LongPoint.newRangeQuery(IndexFields.DAY, from, to);
      }
    } catch (DateTimeParseException e) {
      // a malformed date filters out everything, as any other value that makes no sense
    }
    return new MatchNoDocsQuery("not a date or a range of dates: " + value);
  }
}
