package vn.vankho.ingest.ocr;

/**
 * One text line Tesseract read and the rectangle it covers on the page image as it was given (before it was
 * straightened or turned upright), in fractions of that image's width and height, so that the line can be cut
 * out of any copy of the page, whatever its scale: a field flagged for review is shown as that crop.
 */
public record TextLine(String text, double left, double top, double right, double bottom) {}
