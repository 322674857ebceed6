package vn.vankho.ingest.ocr;

/**
 * What became of one page of a file: read, or failed with a reason. A file yields one outcome per page, so
 * that one bad page never hides the others. Page numbers start at 1, as an archivist counts them.
 */
public sealed interface PageOutcome {
  int pageNumber();

  /** The page was read. */
  record Read(int pageNumber, OcrResult result) implements PageOutcome {}

  /** The page could not be read; {@code reason} says why in plain words. */
  record Failed(int pageNumber, String reason) implements PageOutcome {}
}
