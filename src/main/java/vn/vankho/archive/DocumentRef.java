package vn.vankho.archive;

import java.time.LocalDate;
import vn.vankho.model.Document;

/** A document as a line in a list that links to it: number, date and what it is about. */
public record DocumentRef(long id, String number, LocalDate date, String title) {

  static DocumentRef of(Document d) {
    return new DocumentRef(d.id(), d.number(), d.date(), d.displayTitle());
  }
}
