package vn.vankho.model;

import java.time.Instant;

/**
 * Where the value of one field came from: the machine, with the page and the line it read it from,
 * or an archivist, with who and when.
 */
public record Provenance(Field field, Source source, Integer page, String sourceText, String changedBy,
    Instant changedAt) {

  /** Who set a value. */
  public enum Source { MACHINE, ARCHIVIST }

  public static Provenance machine(Field field, int page, String sourceText) {
    return new Provenance(field, Source.MACHINE, page, sourceText, null, null);
  }
}
