package vn.vankho.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.vankho.model.Page;
import vn.vankho.model.Secrecy;
import vn.vankho.model.Urgency;
import vn.vankho.text.DocumentNumber;
import vn.vankho.text.DocumentNumbers;

/**
 * Index entries for pages read without a database record, as the evaluations, benchmarks and index tests enter
 * them; the product always indexes a document's row ({@link IndexedDocument#of}).
 */
public final class PageEntries {
  private PageEntries() {}

  /**
   * The entry for {@code pages}: the number from the number line ({@link DocumentNumbers#numberLine}), type and
   * issuer codes from that number, the file name as title, no campaigns.
   */
  public static IndexedDocument of(long id, String fileName, List<Page> pages, LocalDate date) {
    String text = pages.stream().map(Page::text).collect(Collectors.joining("\n\n"));
    Optional<DocumentNumber> number = DocumentNumbers.numberLine(text).map(DocumentNumbers.Found::number);
    List<String> own = number.map(DocumentNumber::keys).orElse(List.of());
    return new IndexedDocument(id, number.map(DocumentNumber::canonical).orElse(null), own,
        IndexedDocument.citedKeys(text, own), number.map(DocumentNumber::type).orElse(null),
        number.map(DocumentNumber::issuer).orElse(null), date, fileName, fileName, text,
        IndexedDocument.poorlyRead(pages), List.of(), 0, Secrecy.NONE, Urgency.NONE);
  }
}
