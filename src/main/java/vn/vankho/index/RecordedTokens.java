package vn.vankho.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.commongrams.CommonGramsFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * One text field's tokens played back from a {@link Recording} of the words another stream gave: each word as the
 * field writes it (as recorded, or rewritten), and before a word the pair it makes with the word before it when
 * either is a common syllable, exactly as Lucene's {@link CommonGramsFilter} over a playback of the words would give
 * them: the pair's term is the two words joined by "_", at the first word's position (increment 0, length 2), from
 * the first word's start to the second's end, of type "gram". Two fields that share their first filters read the
 * text through them once (the shared part is recorded, {@link Recording#record}), and each its own playback.
 *
 * <p>Why not the filter itself: over the two text fields it kept a copy of every attribute of each word that
 * follows a pair ({@code captureState}), built each pair in a {@code StringBuilder} and looked each word up in its
 * list of common syllables twice, which was a fifth of the index stage's samples of an import and half of what
 * the stage allocated (#18). Here each distinct word's forms and whether each is common are worked out once per
 * thread, and a pair is two copies of chars.
 */
final class RecordedTokens extends TokenStream {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  private final Recording recording;
  private final boolean rewritten;
  private int next;
  /** Whether the pair that ends with the next word has been given: the word itself comes next. */
  private boolean pairGiven;

  private RecordedTokens(Recording recording, boolean rewritten) {
    this.recording = recording;
    this.rewritten = rewritten;
  }

  /**
   * A playback of {@code recording}, its words as recorded or, when {@code rewritten}, as its rule rewrites them:
   * each {@link #reset()} starts from its first token as it then stands.
   */
  static RecordedTokens of(Recording recording, boolean rewritten) {
    return new RecordedTokens(recording, rewritten);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    next = 0;
    pairGiven = false;
  }

  @Override
  public boolean incrementToken() {
    if (next == recording.count) {
      return false;
    }
    clearAttributes();
    int i = next;
    if (i > 0 && !pairGiven && (recording.common(i - 1, rewritten) || recording.common(i, rewritten))) {
      pair(i);
      pairGiven = true;
      return true;
    }
    char[] word = recording.word(i, rewritten);
    term.copyBuffer(word, 0, word.length);
    offset.setOffset(recording.starts[i], recording.ends[i]);
    increment.setPositionIncrement(recording.increments[i]);
    length.setPositionLength(recording.lengths[i]);
    type.setType(recording.types[i]);
    pairGiven = false;
    next++;
    return true;
  }

  /** The word before {@code i} and word {@code i} as one term, at the first's position. */
  private void pair(int i) {
    char[] first = recording.word(i - 1, rewritten);
    char[] second = recording.word(i, rewritten);
    char[] chars = term.resizeBuffer(first.length + 1 + second.length);
    System.arraycopy(first, 0, chars, 0, first.length);
    chars[first.length] = '_';
    System.arraycopy(second, 0, chars, first.length + 1, second.length);
    term.setLength(first.length + 1 + second.length);
    offset.setOffset(recording.starts[i - 1], recording.ends[i]);
    increment.setPositionIncrement(0);
    length.setPositionLength(2);
    type.setType(CommonGramsFilter.GRAM_TYPE);
  }

  @Override
  public void end() throws IOException {
    super.end();
    offset.setOffset(recording.finalOffset, recording.finalOffset);
    increment.setPositionIncrement(recording.finalIncrement);
  }

  /**
   * The tokens of one stream, kept in arrays that grow to the longest text seen and are then reused, each token's term
   * by its number in a {@link TermCache} of the words met, which also holds what a rule makes of each word; and for
   * each word whether it, and what the rule makes of it, are common syllables. One per thread.
   */
  static final class Recording {
    private static final int FIRST_TOKENS = 1 << 12;
    /** Past this many tokens (a few MB of arrays) the arrays are made anew for the next text, not kept. */
    private static final int KEPT_TOKENS = 1 << 17;

    private final TermCache words;
    private final CharArraySet common;
    private final CharArraySet commonRewritten;
    /** By word number: bit 1 when the word is common, bit 2 when what the rule makes of it is. */
    private byte[] commonness = new byte[FIRST_TOKENS];

    private int[] wordIds;
    private int[] starts;
    private int[] ends;
    private int[] increments;
    private int[] lengths;
    private String[] types;
    private int count;
    private int finalOffset;
    private int finalIncrement;

    /** Words rewritten by {@code rule}; {@code common} and {@code commonRewritten} the common syllables of each form. */
    Recording(UnaryOperator<String> rule, CharArraySet common, CharArraySet commonRewritten) {
      this.words = new TermCache(rule);
      this.common = common;
      this.commonRewritten = commonRewritten;
    }

    /** Replaces what was recorded with every token of {@code tokens}, which it consumes and closes. */
    void record(TokenStream tokens) {
      if (wordIds == null || wordIds.length > KEPT_TOKENS) {
        allocate();
      }
      if (words.size() >= TermCache.MAX_ENTRIES) {
        words.empty(); // between texts only: the numbers recorded must stay good until the next text
      }
      count = 0;
      try (tokens) {
        CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
        PositionLengthAttribute length = tokens.addAttribute(PositionLengthAttribute.class);
        TypeAttribute type = tokens.addAttribute(TypeAttribute.class);
        tokens.reset();
        while (tokens.incrementToken()) {
          if (count == wordIds.length) {
            grow();
          }
          wordIds[count] = word(term);
          starts[count] = offset.startOffset();
          ends[count] = offset.endOffset();
          increments[count] = increment.getPositionIncrement();
          lengths[count] = length.getPositionLength();
          types[count] = type.type();
          count++;
        }
        tokens.end();
        finalOffset = offset.endOffset();
        finalIncrement = increment.getPositionIncrement();
      } catch (IOException e) {
        throw new UncheckedIOException("analyzing a string cannot fail", e);
      }
    }

    /** The number of {@code term}'s word; a new word's commonness worked out as it is added. */
    private int word(CharTermAttribute term) {
      int known = words.size();
      int id = words.idOf(term.buffer(), term.length());
      if (id == known) {
        if (id == commonness.length) {
          commonness = Arrays.copyOf(commonness, id * 2);
        }
        char[] word = words.term(id);
        char[] rewritten = words.rewritten(id);
        commonness[id] = (byte) ((common.contains(word, 0, word.length) ? 1 : 0)
            | (commonRewritten.contains(rewritten, 0, rewritten.length) ? 2 : 0));
      }
      return id;
    }

    char[] word(int token, boolean rewritten) {
      int id = wordIds[token];
      return rewritten ? words.rewritten(id) : words.term(id);
    }

    boolean common(int token, boolean rewritten) {
      return (commonness[wordIds[token]] & (rewritten ? 2 : 1)) != 0;
    }

    private void allocate() {
      wordIds = new int[FIRST_TOKENS];
      starts = new int[FIRST_TOKENS];
      ends = new int[FIRST_TOKENS];
      increments = new int[FIRST_TOKENS];
      lengths = new int[FIRST_TOKENS];
      types = new String[FIRST_TOKENS];
    }

    private void grow() {
      int size = wordIds.length * 2;
      wordIds = Arrays.copyOf(wordIds, size);
      starts = Arrays.copyOf(starts, size);
      ends = Arrays.copyOf(ends, size);
      increments = Arrays.copyOf(increments, size);
      lengths = Arrays.copyOf(lengths, size);
      types = Arrays.copyOf(types, size);
    }
  }
}
