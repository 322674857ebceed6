package vn.vankho.index;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.commongrams.CommonGramsFilter;
import org.apache.lucene.analysis.commongrams.CommonGramsQueryFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import vn.vankho.text.VietnameseSyllables;

/**
 * The ways the archive analyzes Vietnamese text, side by side:
 * <ul>
 *   <li>{@link #exact()}: NFC, lower case, one spelling of each tone placement and i/y: "Chỉ thị" gives
 *       "chỉ", "thị"; "hoà" and "hòa" both give "hòa";
 *   <li>{@link #folded()}: the same, then folded: "chi", "thi", so a query typed without marks finds it (the
 *       one spelling comes first, so "sỹ", "sĩ", "sy" and "si" all give "sy");
 *   <li>{@link #ocr()}: folded, then OCR's misreadings rewritten ({@link OcrConfusions}): "Pam" gives "dam",
 *       for the text of poorly read pages and the words searched in it.
 * </ul>
 * NFC comes first, in the char filter, because folding and lower-casing miss marks on decomposed text. Every
 * chain has the same tokenizer and only one-to-one filters, so the i-th token of each is the same word: the
 * query builder relies on that to line them up.
 *
 * <p>The full text is indexed with <em>common grams</em> besides ({@link #perField()}): each pair of neighbouring
 * words where one is among the commonest syllables (index-config/common-syllables.txt) is also one term at the
 * first word's position, "cua_cac" beside "cua", so a quoted phrase of common words reads the short postings of
 * its pairs ({@link #foldedPhrase()}, {@link #exactPhrase()}) instead of the long ones of its words. These
 * chains are not one-to-one and serve only the text fields and phrases; single words still match the plain terms.
 */
public final class VietnameseAnalyzers {
  private VietnameseAnalyzers() {}

  private enum Chain { AS_WRITTEN, EXACT, FOLDED, OCR }

  /** What follows the chain: nothing, the pairs with a common syllable (indexing), or only those pairs (phrases). */
  private enum Grams { NONE, INDEX, PHRASE }

  /** NFC, lower case, tone spelling made canonical; marks kept. */
  public static Analyzer exact() {
    return new VietnameseAnalyzer(Chain.EXACT, Grams.NONE);
  }

  /** NFC, lower case, no marks, đ -> d. */
  public static Analyzer folded() {
    return new VietnameseAnalyzer(Chain.FOLDED, Grams.NONE);
  }

  /** Folded, then OCR's misreadings of Vietnamese rewritten the same way in text and query. */
  public static Analyzer ocr() {
    return new VietnameseAnalyzer(Chain.OCR, Grams.NONE);
  }

  /** NFC tokens as written, case kept: to tell an abbreviation ("UBND") from a word. */
  static Analyzer asWritten() {
    return new VietnameseAnalyzer(Chain.AS_WRITTEN, Grams.NONE);
  }

  /**
   * A quoted phrase as the folded text field holds it: "của các đơn vị" gives "cua_cac" (position 0),
   * "cac_don" (1), "don" (2), "vi" (3): a common word only within its pairs, the others as themselves.
   * Search it as a phrase at the positions given.
   */
  static Analyzer foldedPhrase() {
    return new VietnameseAnalyzer(Chain.FOLDED, Grams.PHRASE);
  }

  /** A quoted phrase as the exact text field holds it; see {@link #foldedPhrase()}. */
  static Analyzer exactPhrase() {
    return new VietnameseAnalyzer(Chain.EXACT, Grams.PHRASE);
  }

  /**
   * Names the analysis the text fields are indexed with; it changes with the list of common syllables, and with the
   * fields every search needs (3: the secrecy point the clearance filter reads). An index built under another name
   * lacks terms that queries now look for, and is rebuilt ({@link ArchiveIndex}).
   */
  public static String analysis() {
    return "3: tone spelling, folding, ocr rewrites, common grams, secrecy points " + CommonSyllables.FINGERPRINT;
  }

  /** The commonest syllables as the folded or the exact text field writes them (for Solr's schema). */
  static CharArraySet commonSyllables(boolean folded) {
    return CommonSyllables.of(folded ? Chain.FOLDED : Chain.EXACT);
  }

  /** The commonest syllables as {@code chain} writes them, read once from index-config/common-syllables.txt. */
  private static final class CommonSyllables {
    private static final List<String> LIST = VietnameseSyllables.commonest();
    static final CharArraySet EXACT = load(exact());
    static final CharArraySet FOLDED = load(folded());
    /** The list's words in order, hashed: another list gives another name to the analysis. */
    static final String FINGERPRINT = Integer.toHexString(String.join(" ", LIST).hashCode());

    static CharArraySet of(Chain chain) {
      return switch (chain) {
        case EXACT -> EXACT;
        case FOLDED -> FOLDED;
        default -> throw new IllegalArgumentException("no common grams on the " + chain + " chain");
      };
    }

    private static CharArraySet load(Analyzer analyzer) {
      CharArraySet set = new CharArraySet(128, false);
      for (String syllable : LIST) {
        List<String> terms = Tokens.terms(analyzer, syllable);
        if (terms.size() != 1) {
          throw new IllegalStateException("common-syllables.txt: \"" + syllable + "\" is not one word");
        }
        set.add(terms.get(0));
      }
      return CharArraySet.unmodifiableSet(set);
    }
  }

  /** The analyzer for each field of the index; the text fields also hold common grams. */
  static Analyzer perField() {
    Analyzer folded = folded();
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
        IndexFields.TEXT, new VietnameseAnalyzer(Chain.FOLDED, Grams.INDEX),
        IndexFields.TEXT_EXACT, new VietnameseAnalyzer(Chain.EXACT, Grams.INDEX),
        IndexFields.TEXT_OCR, ocr(),
        IndexFields.ISSUER_TEXT, folded,
        IndexFields.CAMPAIGN_TEXT, folded,
        IndexFields.FILE_NAME_TEXT, folded));
  }

  /**
   * The full text's tokens for its two fields, {@link IndexFields#TEXT} (folded) and {@link IndexFields#TEXT_EXACT},
   * as {@link #perField()} would give them. The two chains are the same up to the one spelling and differ only after
   * it (folding, and each its list of common syllables), so the text goes through the char filter and the tokenizer
   * once, and each field's words and pairs come from a playback of those words ({@link RecordedTokens}), which gives
   * each word what lower-casing, the one spelling and folding make of it, worked out once per distinct word: the
   * inversion of these two fields was most of the index's cost of an import (#18). Text already in NFC, as the
   * readers give nearly all of it, skips the char filter, which would leave it as it is and keep its offsets. The
   * streams are this thread's, good until its next call.
   */
  static TextStreams textStreams(String text) {
    TextStreams streams = TEXT_STREAMS.get();
    Analyzer words = Normalizer2.getNFCInstance().isNormalized(text) ? WORDS_OF_NFC : WORDS;
    streams.words.record(words.tokenStream(IndexFields.TEXT_EXACT, text));
    return streams;
  }

  /** The tokenizer's words, after the char filter or (for text in NFC) without it. */
  private static final Analyzer WORDS = asWritten();
  private static final Analyzer WORDS_OF_NFC = new VietnameseAnalyzer(Chain.AS_WRITTEN, Grams.NONE, false);
  private static final ThreadLocal<TextStreams> TEXT_STREAMS = ThreadLocal.withInitial(TextStreams::new);

  /** What the exact chain's filters, lower-casing and then the one spelling, make of a word as written. */
  private static String exactForm(String word) {
    char[] chars = word.toCharArray();
    CharacterUtils.toLowerCase(chars, 0, chars.length); // as LowerCaseFilter does it
    return ToneSpellingFilter.RULE.apply(new String(chars));
  }

  /** The folded and the exact text field's streams over one recording of the tokenizer's words. */
  static final class TextStreams {
    private final RecordedTokens.Recording words = new RecordedTokens.Recording(VietnameseAnalyzers::exactForm,
        VietnameseFoldingFilter.RULE, CommonSyllables.of(Chain.EXACT), CommonSyllables.of(Chain.FOLDED));
    final TokenStream folded = RecordedTokens.of(words, true);
    final TokenStream exact = RecordedTokens.of(words, false);
  }

  private static final class VietnameseAnalyzer extends Analyzer {
    private final Chain chain;
    private final Grams grams;
    /** False only for text known to be in NFC already. */
    private final boolean composing;

    VietnameseAnalyzer(Chain chain, Grams grams) {
      this(chain, grams, true);
    }

    VietnameseAnalyzer(Chain chain, Grams grams, boolean composing) {
      this.chain = chain;
      this.grams = grams;
      this.composing = composing;
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
      return composing ? new ICUNormalizer2CharFilter(reader, Normalizer2.getNFCInstance()) : reader;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, grams(filter(source)));
    }

    /** Pairs last, over the finished words, so the list is matched as the field writes each word. */
    private TokenStream grams(TokenStream words) {
      return switch (grams) {
        case NONE -> words;
        case INDEX -> new CommonGramsFilter(words, CommonSyllables.of(chain));
        case PHRASE -> new CommonGramsQueryFilter(new CommonGramsFilter(words, CommonSyllables.of(chain)));
      };
    }

    /** One word at a time (prefix and fuzzy terms): the words' own chain, never pairs. */
    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
      return filter(in);
    }

    private TokenStream filter(TokenStream tokens) {
      return switch (chain) {
        case AS_WRITTEN -> tokens;
        case EXACT -> exact(tokens);
        case FOLDED -> new VietnameseFoldingFilter(exact(tokens));
        case OCR -> new OcrConfusionFilter(new VietnameseFoldingFilter(exact(tokens)));
      };
    }

    /** Folding comes after the one spelling, so that "sỹ" and "sĩ", typed "sy" or "si", fold alike too. */
    private static TokenStream exact(TokenStream tokens) {
      return new ToneSpellingFilter(new LowerCaseFilter(tokens));
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
      return initReader(fieldName, reader);
    }
  }
}
