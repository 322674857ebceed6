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
 * One text field's tokens played back from a {@link Recording} of the words the tokenizer gave: each word as the
 * field writes it (in its exact form, or folded), and before a word the pair it makes with the word before it when
 * either is a common syllable, exactly as Lucene's {@link CommonGramsFilter} over a playback of the words would give
 * them: the pair's term is the two words joined by "_", at the first word's position (increment 0, length 2), from
 * the first word's start to the second's end, of type "gram". The two text fields read the text through the
 * tokenizer once ({@link Recording#record}), and each its own playback.
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
  private final boolean folded;
  private int next;
  /** Whether the pair that ends with the next word has been given: the word itself comes next. */
  private boolean pairGiven;

  private RecordedTokens(Recording recording, boolean folded) {
    this.recording = recording;
    this.folded = folded;
  }

  /**
   * A playback of {@code recording}, its words in their exact form or, when {@code folded}, folded: each
   * {@link #reset()} starts from its first token as it then stands.
   */
  static RecordedTokens of(Recording recording, boolean folded) {
    return new RecordedTokens(recording, folded);
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
    if (i > 0 && !pairGiven && (recording.common(i - 1, folded) || recording.common(i, folded))) {
      pair(i);
      pairGiven = true;
      return true;
    }
    char[] word = recording.word(i, folded);
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
    char[] first = recording.word(i - 1, folded);
    char[] second = recording.word(i, folded);
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
   * The words of one stream as the tokenizer gave them, kept in arrays that grow to the longest text seen and are then
   * reused, each token's word by its number in a {@link TermCache} of the words met. Each word's two forms (what the
   * exact chain makes of it, and that folded) and whether each is a common syllable are worked out when the word is
   * first met, so that a token costs one lookup in one table: the chain's own filters looked each token up once for
   * the one spelling and the recording once more for the folded form (#18). One per thread.
   */
  static final class Recording {
    private static final int FIRST_TOKENS = 1 << 12;
    /** Past this many tokens (a few MB of arrays) the arrays are made anew for the next text, not kept. */
    private static final int KEPT_TOKENS = 1 << 17;

    /** By the word as written: its exact form. */
    private final TermCache words;
    private final UnaryOperator<String> folding;
    private final CharArraySet common;
    private final CharArraySet commonFolded;
    /** By word number: the exact form folded (the exact form's own array when folding leaves it as it is). */
    private char[][] folded = new char[FIRST_TOKENS][];
    /** By word number: bit 1 when the exact form is common, bit 2 when the folded one is. */
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

    /**
     * Words as written made exact by {@code exact} and then folded by {@code folding}; {@code common} and
     * {@code commonFolded} the common syllables of each form.
     */
    Recording(UnaryOperator<String> exact, UnaryOperator<String> folding, CharArraySet common,
        CharArraySet commonFolded) {
      this.words = new TermCache(exact);
      this.folding = folding;
      this.common = common;
      this.commonFolded = commonFolded;
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

    /** The number of {@code term}'s word; a new word's folded form and commonness worked out as it is added. */
    private int word(CharTermAttribute term) {
      int known = words.size();
      int id = words.idOf(term.buffer(), term.length());
      if (id == known) {
        if (id == commonness.length) {
          commonness = Arrays.copyOf(commonness, id * 2);
          folded = Arrays.copyOf(folded, id * 2);
        }
        char[] exact = words.rewritten(id);
        String exactForm = new String(exact);
        String foldedForm = folding.apply(exactForm);
        char[] foldedChars = foldedForm.equals(exactForm) ? exact : foldedForm.toCharArray();
        folded[id] = foldedChars;
        commonness[id] = (byte) ((common.contains(exact, 0, exact.length) ? 1 : 0)
            | (commonFolded.contains(foldedChars, 0, foldedChars.length) ? 2 : 0));
      }
      return id;
    }

    char[] word(int token, boolean folded) {
      int id = wordIds[token];
      return folded ? this.folded[id] : words.rewritten(id);
    }

    boolean common(int token, boolean folded) {
      return (commonness[wordIds[token]] & (folded ? 2 : 1)) != 0;
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
