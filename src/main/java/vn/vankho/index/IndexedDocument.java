package vn.vankho.index;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.vankho.model.Document;
import vn.vankho.model.Page;
import vn.vankho.text.DocumentNumber;
import vn.vankho.text.DocumentNumbers;

/** What the index knows of a document: its searchable fields, flattened from the database's records. */
public record IndexedDocument(
    long id,
    String number,
    List<String> numberKeys,
    List<String> citedKeys,
    String type,
    String issuer,
    LocalDate date,
    String fileName,
    String title,
    String text) {

  /** The entry for {@code document} with its {@code pages}. */
  public static IndexedDocument of(Document document, List<Page> pages) {
    String text = pages.stream().map(Page::text).collect(Collectors.joining("\n\n"));
    List<String> own = document.number() == null ? List.of()
        : DocumentNumbers.parse(document.number()).map(DocumentNumber::keys).orElse(List.of());
    Set<String> cited = new LinkedHashSet<>();
    for (DocumentNumbers.Found found : DocumentNumbers.find(text)) {
      cited.addAll(found.number().keys());
    }
    own.forEach(cited::remove);
    return new IndexedDocument(document.id(), document.number(), own, List.copyOf(cited), document.typeCode(), document.issuer(),
        document.issueDate(), document.fileName(), document.displayTitle(), text);
  }
}
