package vn.vankho.ingest.ocr;

import java.util.List;

/**
 * One text line Tesseract read and the rectangle it covers on the page image as it was given (before it was
 * straightened or turned upright), in fractions of that image's width and height, so that the line can be cut
 * out of any copy of the page, whatever its scale: a field flagged for review is shown as that crop.
 *
 * <p>Its words come with the engine's confidence in each (0 to 100): a number or a day written in by hand is read
 * with less confidence than the print around it, and a value read without confidence is flagged, not guessed.
 */
public record TextLine(String text, List<Word> words, double left, double top, double right, double bottom) {
  public TextLine {
    words = List.copyOf(words);
  }

  /**
   * One word as read, with the engine's confidence in it and in the least sure of its digits (0 to 100;
   * {@link #NO_DIGIT} for a word without digits): a word's confidence includes its letters, so a clean printed
   * "78/QĐ-UBND" may score lower as a word than a misread handwritten "324" does.
   */
  public record Word(String text, float confidence, float digitConfidence) {
    /** The digit confidence of a word without digits: none of its digits is doubtful. */
    public static final float NO_DIGIT = 100;
  }
}
