package vn.vankho.index;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.vankho.model.Document;
import vn.vankho.model.Page;
import vn.vankho.model.Secrecy;
import vn.vankho.model.Urgency;
import vn.vankho.text.DocumentNumbers;
import vn.vankho.text.PageQuality;

/**
 * What the index knows of a document: its searchable fields, flattened from the database's records.
 * {@code poorText} is the text of its poorly read pages (see {@link #poorlyRead}), searched with OCR
 * tolerance; {@code campaigns} the emulation campaigns it belongs to, a facet; {@code version} the version of
 * the database row it was made from (0 for entries without a row), kept so that a check at start can tell an
 * entry that lags behind its row. {@code secrecy} and {@code urgency} are its marks: who may find it, and how
 * urgent it is.
 */
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
    String text,
    String poorText,
    List<String> campaigns,
    int version,
    Secrecy secrecy,
    Urgency urgency) {

  public IndexedDocument {
    numberKeys = List.copyOf(numberKeys);
    citedKeys = List.copyOf(citedKeys);
    poorText = poorText == null ? "" : poorText;
    campaigns = List.copyOf(campaigns);
    secrecy = secrecy == null ? Secrecy.NONE : secrecy;
    urgency = urgency == null ? Urgency.NONE : urgency;
  }

  /**
   * The entry for {@code document}, as of its row's {@code version}, with its {@code pages} and the names of the
   * campaigns it belongs to.
   */
  public static IndexedDocument of(Document document, int version, List<Page> pages, List<String> campaigns) {
    String text = pages.stream().map(Page::text).collect(Collectors.joining("\n\n"));
    List<String> own = DocumentNumbers.keysOf(document.number());
    return new IndexedDocument(document.id(), document.number(), own, citedKeys(text, own), document.type(),
        document.issuer(), document.date(), document.fileName(), document.displayTitle(), text,
        poorlyRead(pages), campaigns, version, document.secrecy(), document.urgency());
  }

  /** The search keys of every number {@code text} mentions, except the document's {@code own}. */
  public static List<String> citedKeys(String text, List<String> own) {
    Set<String> cited = new LinkedHashSet<>();
    for (DocumentNumbers.Found found : DocumentNumbers.find(text)) {
      cited.addAll(found.number().keys());
    }
    own.forEach(cited::remove);
    return List.copyOf(cited);
  }

  /**
   * The pages read poorly, joined: their quality as measured at reading, else as {@link PageQuality} scores
   * their text, is below {@link PageQuality#POOR_BELOW}. Only they go to the OCR-tolerant field, so that
   * its loose matching cannot add false hits on clean text.
   */
  public static String poorlyRead(List<Page> pages) {
    return pages.stream()
        .filter(p -> p.quality() != null ? p.quality() < PageQuality.POOR_BELOW : PageQuality.isPoor(p.text()))
        .map(Page::text)
        .collect(Collectors.joining("\n\n"));
  }
}
