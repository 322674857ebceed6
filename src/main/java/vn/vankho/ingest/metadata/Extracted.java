package vn.vankho.ingest.metadata;

import java.util.Objects;

/**
 * A value read from a document, with where it was read: the 1-based page and the line it came from,
 * so the archive can show the machine's reading next to the text and an archivist can correct it.
 */
public record Extracted<T>(T value, int page, String sourceText) {
  public Extracted {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(sourceText, "sourceText");
    if (page < 1) {
      throw new IllegalArgumentException("page is 1-based: " + page);
    }
  }
}
