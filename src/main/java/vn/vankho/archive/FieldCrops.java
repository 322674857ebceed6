package vn.vankho.archive;

import java.awt.image.BufferedImage;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.vankho.ingest.FieldReview;
import vn.vankho.ingest.ocr.TextLine;
import vn.vankho.store.PageImageStore;
import vn.vankho.text.Diacritics;
import vn.vankho.text.EditDistance;

/**
 * Cuts the fields flagged for review out of the first page's image, so that the archivist reads the handwritten
 * number or day where it was written instead of what OCR made of it. A field's line is the text line OCR read
 * that is closest to the line the flag names; its rectangle, with some margin above and below for handwriting
 * that overruns the printed line, is cut from the kept page image. Fields no longer flagged lose their image.
 */
final class FieldCrops {
  /** Margin above and below a line, in line heights: handwritten digits stand taller than the print. */
  private static final double VERTICAL_MARGIN = 0.6;
  /** Margin left and right, in page widths. */
  private static final double HORIZONTAL_MARGIN = 0.02;
  /** A text line further than this (edits over the flagged line's length) from it is not taken for it. */
  private static final double MAX_DISTANCE = 0.5;

  private FieldCrops() {}

  static void keep(PageImageStore images, long documentId, List<FieldReview.Flag> flags, List<TextLine> lines) {
    BufferedImage image = flags.isEmpty() || lines.isEmpty() ? null : images.read(documentId, 1).orElse(null);
    for (FieldReview.Field field : FieldReview.Field.values()) {
      String name = name(field);
      Optional<TextLine> line = image == null ? Optional.empty() : flags.stream().filter(f -> f.field() == field)
          .findFirst().flatMap(f -> closest(f.line(), lines));
      if (line.isPresent()) images.saveField(documentId, name, crop(image, line.get()));
      else images.dropField(documentId, name);
    }
  }

  /** The name a field's image is kept under: "number", "date". */
  static String name(FieldReview.Field field) {
    return field.name().toLowerCase(Locale.ROOT);
  }

  private static Optional<TextLine> closest(String flagged, List<TextLine> lines) {
    if (flagged == null || flagged.isBlank()) return Optional.empty();
    return lines.stream()
        .min(Comparator.comparingDouble((TextLine l) -> distance(flagged, l.text())))
        .filter(l -> distance(flagged, l.text()) <= MAX_DISTANCE);
  }

  /** Edits from the flagged line to an OCR line, over the flagged line's length. */
  private static double distance(String flagged, String line) {
    String a = Diacritics.nfc(flagged.strip());
    return (double) EditDistance.between(a, Diacritics.nfc(line)) / a.length();
  }

  private static BufferedImage crop(BufferedImage page, TextLine line) {
    int w = page.getWidth();
    int h = page.getHeight();
    double margin = (line.bottom() - line.top()) * VERTICAL_MARGIN;
    int left = (int) Math.min(w - 1, Math.max(0, Math.floor((line.left() - HORIZONTAL_MARGIN) * w)));
    int right = (int) Math.min(w, Math.ceil((line.right() + HORIZONTAL_MARGIN) * w));
    int top = (int) Math.min(h - 1, Math.max(0, Math.floor((line.top() - margin) * h)));
    int bottom = (int) Math.min(h, Math.ceil((line.bottom() + margin) * h));
    return page.getSubimage(left, top, Math.max(1, right - left), Math.max(1, bottom - top));
  }
}
