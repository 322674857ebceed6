package vn.vankho.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * A token stream played back from what another stream gave: every token's term, offsets, position increment and
 * length, and type, then the final offset and increment its {@link #end()} reported. Two chains that share their
 * first filters read the text through them once: the shared part is recorded ({@link #record}), and each chain's own
 * filters run over a playback. One per thread, filled again for each text (the filters over it are kept, and with
 * them their term caches).
 */
final class RecordedTokens extends TokenStream {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
  private final PositionLengthAttribute length = addAttribute(PositionLengthAttribute.class);
  private final TypeAttribute type = addAttribute(TypeAttribute.class);

  private final Recording recording;
  private int next;

  private RecordedTokens(Recording recording) {
    this.recording = recording;
  }

  /** A playback of {@code recording}: each {@link #reset()} starts from its first token as it then stands. */
  static RecordedTokens of(Recording recording) {
    return new RecordedTokens(recording);
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    next = 0;
  }

  @Override
  public boolean incrementToken() {
    if (next == recording.count) {
      return false;
    }
    clearAttributes();
    int i = next++;
    int from = i == 0 ? 0 : recording.termEnds[i - 1];
    term.copyBuffer(recording.chars, from, recording.termEnds[i] - from);
    offset.setOffset(recording.starts[i], recording.ends[i]);
    increment.setPositionIncrement(recording.increments[i]);
    length.setPositionLength(recording.lengths[i]);
    type.setType(recording.types[i]);
    return true;
  }

  @Override
  public void end() throws IOException {
    super.end();
    offset.setOffset(recording.finalOffset, recording.finalOffset);
    increment.setPositionIncrement(recording.finalIncrement);
  }

  /** The tokens of one stream, kept in arrays that grow to the longest text seen and are then reused. */
  static final class Recording {
    private static final int FIRST_TOKENS = 1 << 12;
    /** Past this many tokens (a few MB of arrays) the arrays are made anew for the next text, not kept. */
    private static final int KEPT_TOKENS = 1 << 17;

    private char[] chars;
    private int[] termEnds;
    private int[] starts;
    private int[] ends;
    private int[] increments;
    private int[] lengths;
    private String[] types;
    private int count;
    private int finalOffset;
    private int finalIncrement;

    /** Replaces what was recorded with every token of {@code tokens}, which it consumes and closes. */
    void record(TokenStream tokens) {
      if (termEnds == null || termEnds.length > KEPT_TOKENS) {
        allocate();
      }
      count = 0;
      try (tokens) {
        CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
        PositionLengthAttribute length = tokens.addAttribute(PositionLengthAttribute.class);
        TypeAttribute type = tokens.addAttribute(TypeAttribute.class);
        tokens.reset();
        int used = 0;
        while (tokens.incrementToken()) {
          if (count == termEnds.length) {
            grow();
          }
          if (used + term.length() > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, used + term.length()));
          }
          System.arraycopy(term.buffer(), 0, chars, used, term.length());
          used += term.length();
          termEnds[count] = used;
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

    private void allocate() {
      chars = new char[FIRST_TOKENS * 8];
      termEnds = new int[FIRST_TOKENS];
      starts = new int[FIRST_TOKENS];
      ends = new int[FIRST_TOKENS];
      increments = new int[FIRST_TOKENS];
      lengths = new int[FIRST_TOKENS];
      types = new String[FIRST_TOKENS];
    }

    private void grow() {
      int size = termEnds.length * 2;
      termEnds = Arrays.copyOf(termEnds, size);
      starts = Arrays.copyOf(starts, size);
      ends = Arrays.copyOf(ends, size);
      increments = Arrays.copyOf(increments, size);
      lengths = Arrays.copyOf(lengths, size);
      types = Arrays.copyOf(types, size);
    }
  }
}
