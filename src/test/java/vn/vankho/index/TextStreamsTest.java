package vn.vankho.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;

/**
 * The full text is analysed once for its two fields (VietnameseAnalyzers.textStreams): each field must get exactly
 * the tokens its own analyzer gives, term, offsets, positions and type, or searches and snippets would change.
 */
class TextStreamsTest {
  private final Analyzer perField = VietnameseAnalyzers.perField();

  @Test
  void everyRealTextGetsTheTokensOfEachFieldsOwnAnalyzer() throws IOException {
    List<Path> texts;
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/real-set"))) {
      texts = files.filter(file -> file.toString().endsWith(".txt")).sorted().toList();
    }
    assertTrue(texts.size() > 200, "the real set's texts: " + texts.size());
    for (Path file : texts) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertSameTokens(text, file.toString());
      // as a title and text are joined for the index, and decomposed (NFD), which the char filter composes
      assertSameTokens("Quyết định\n\n" + Normalizer.normalize(text, Normalizer.Form.NFD), file + " in NFD");
    }
  }

  @Test
  void textsWithoutWordsOrWithOverlongWordsGetTheSameTokens() {
    assertSameTokens("", "empty");
    assertSameTokens(" ... ,;; \n\n", "punctuation");
    assertSameTokens("của các đơn vị " + "a".repeat(600) + " của " + "x".repeat(255) + " các", "over-long words");
    assertSameTokens("Số 12/2020/NĐ-CP ngày 1.2.2020 của UBND tỉnh; hoà, hòa, uỷ, ủy, kì, kỳ, Đảng ủy", "numbers");
  }

  @Test
  void pairsOfCommonWordsAtTheEdgesAndInRowsAreTheFiltersPairs() {
    assertSameTokens("của", "one common word");
    assertSameTokens("Của các và là của", "common words only");
    assertSameTokens("các đơn vị của", "common words first and last");
    assertSameTokens("vị của của, CÁC\nvà  đơn", "common words in a row, across punctuation and case");
    assertSameTokens("cua cac DON vi cua", "common words typed without marks");
  }

  private void assertSameTokens(String text, String what) {
    VietnameseAnalyzers.TextStreams streams = VietnameseAnalyzers.textStreams(text);
    assertEquals(tokens(perField.tokenStream(IndexFields.TEXT, text)), tokens(streams.folded), what + ", folded");
    assertEquals(tokens(perField.tokenStream(IndexFields.TEXT_EXACT, text)), tokens(streams.exact), what + ", exact");
  }

  /** Every token as term, offsets, increment, length and type, then what end() leaves. */
  private static List<String> tokens(TokenStream stream) {
    List<String> tokens = new ArrayList<>();
    try (stream) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      TypeAttribute type = stream.addAttribute(TypeAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term + " " + offset.startOffset() + "-" + offset.endOffset() + " +" + increment.getPositionIncrement()
            + " x" + length.getPositionLength() + " " + type.type());
      }
      stream.end();
      tokens.add("end " + offset.startOffset() + "-" + offset.endOffset() + " +" + increment.getPositionIncrement());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
