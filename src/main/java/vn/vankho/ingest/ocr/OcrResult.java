package vn.vankho.ingest.ocr;

import java.util.List;
import vn.vankho.text.PageQuality;

/**
 * What Tesseract read from one page: the text, its mean word confidence (0 to 100, Tesseract's scale; a whole
 * number), each word's own confidence in reading order (fractions, so that pages do not tie where the mean
 * does), each symbol's confidence in reading order, the page's text lines with where each stands on the page as
 * given, and what its ink says of the reading ({@link InkCoverage}: ink and letters outside what was read, the text's
 * scale). A low confidence is the cheapest sign of a bad scan; the pipeline decides what to do with it.
 */
public record OcrResult(String text, float meanConfidence, List<Float> wordConfidences,
    List<Float> symbolConfidences, List<TextLine> lines, PageQuality.Ink ink) {
  public OcrResult {
    if (text == null) throw new IllegalArgumentException("text must not be null");
    wordConfidences = List.copyOf(wordConfidences);
    symbolConfidences = List.copyOf(symbolConfidences);
    lines = List.copyOf(lines);
  }
}
