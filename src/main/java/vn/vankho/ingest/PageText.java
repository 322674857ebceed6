package vn.vankho.ingest;

import java.util.List;
import vn.vankho.ingest.ocr.TextLine;
import vn.vankho.model.PageSource;

/**
 * The text read from one page: where it came from, the OCR engine's confidence (null for a text
 * layer), its quality (the share of words that read as Vietnamese), when reading could not be
 * trusted, why the page needs an archivist's review (null when it does not), and what reading did to
 * the page that the archivist should know (its text converted from a legacy encoding; null when nothing), and for
 * a page read by OCR its text lines with where each stands on the page (not stored: a field flagged for review is
 * cut out of the page image by them; empty otherwise).
 */
public record PageText(int number, String text, PageSource source, Float confidence, float quality, String problem,
    String note, List<TextLine> lines) {

  public PageText {
    lines = List.copyOf(lines);
  }

  /** A page with a note, not read by OCR. */
  public PageText(int number, String text, PageSource source, Float confidence, float quality, String problem,
      String note) {
    this(number, text, source, confidence, quality, problem, note, List.of());
  }

  /** A page that reading did nothing special to. */
  public PageText(int number, String text, PageSource source, Float confidence, float quality, String problem) {
    this(number, text, source, confidence, quality, problem, null);
  }

  public boolean needsReview() {
    return problem != null;
  }
}
