package vn.vankho.ingest.ocr;

/**
 * The pen strokes of the digits 0 to 9 as people write them on forms: each digit one or two polylines,
 * points as x, y pairs in a unit box (y down). {@link RealisticScans} jitters the points and slants them, so
 * no two written digits are alike, as with a hand.
 */
final class HandDigits {
  private static final double[][][] STROKES = {
      {{0.5, 0, 0.15, 0.2, 0.05, 0.55, 0.2, 0.9, 0.5, 1, 0.8, 0.9, 0.95, 0.5, 0.85, 0.15, 0.5, 0}},
      {{0.25, 0.2, 0.55, 0, 0.5, 1}},
      {{0.1, 0.25, 0.3, 0.02, 0.7, 0.02, 0.9, 0.25, 0.75, 0.5, 0.1, 1, 0.95, 0.98}},
      {{0.1, 0.1, 0.5, 0, 0.85, 0.2, 0.45, 0.45}, {0.45, 0.45, 0.9, 0.7, 0.6, 1, 0.1, 0.9}},
      {{0.7, 1, 0.7, 0, 0.05, 0.7, 0.95, 0.7}},
      {{0.85, 0, 0.2, 0, 0.15, 0.45, 0.6, 0.4, 0.9, 0.65, 0.7, 0.95, 0.1, 0.9}},
      {{0.8, 0.05, 0.4, 0.1, 0.1, 0.6, 0.2, 0.95, 0.7, 0.95, 0.85, 0.7, 0.6, 0.5, 0.2, 0.6}},
      {{0.05, 0, 0.95, 0, 0.4, 1}, {0.3, 0.5, 0.8, 0.5}},
      {{0.5, 0.5, 0.15, 0.25, 0.5, 0, 0.85, 0.25, 0.5, 0.5, 0.1, 0.75, 0.5, 1, 0.9, 0.75, 0.5, 0.5}},
      {{0.85, 0.35, 0.5, 0.5, 0.15, 0.3, 0.5, 0, 0.85, 0.2, 0.85, 0.35, 0.75, 1}}};

  private HandDigits() {}

  /** The strokes of digit {@code c}; each stroke is x0, y0, x1, y1, ... */
  static double[][] strokes(char c) {
    if (c < '0' || c > '9') throw new IllegalArgumentException("not a digit: " + c);
    return STROKES[c - '0'];
  }
}
