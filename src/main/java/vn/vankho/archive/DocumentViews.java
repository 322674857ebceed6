package vn.vankho.archive;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.vankho.model.Document;
import vn.vankho.model.Page;
import vn.vankho.store.DocumentStore;
import vn.vankho.text.DocumentNumbers;
import vn.vankho.text.DocumentTypes;

/** Puts together the {@link DocumentView} of a document from its records. */
final class DocumentViews {
  private final DocumentStore documents;

  DocumentViews(DocumentStore documents) {
    this.documents = documents;
  }

  Optional<DocumentView> view(long id) {
    return documents.find(id).map(this::view);
  }

  private DocumentView view(Document d) {
    List<Page> pages = documents.pages(d.id());
    return new DocumentView(d.id(), d.fileName(), d.mediaType(), d.sizeBytes(), d.sha256(),
        d.status().name().toLowerCase(Locale.ROOT), d.failureReason(), d.number(), d.numberPrinted(), d.typeCode(),
        d.typeCode() == null ? null : DocumentTypes.name(d.typeCode()).orElse(null), d.issuer(), d.issueDate(),
        d.place(), d.subject(), d.displayTitle(), d.createdAt(),
        pages.stream().map(p -> new DocumentView.PageView(p.number(), p.text(), p.source().label(), p.confidence(),
            p.quality())).toList(),
        mentions(d, pages),
        List.of(),
        List.of(new DocumentView.FileView("original", d.fileName(), d.mediaType(), d.sizeBytes(), d.sha256(),
            "/documents/" + d.id() + "/original")),
        documents.jobsOf(d.id()).stream().map(j -> new DocumentView.JobView(j.id(), j.kind(),
            j.status().name().toLowerCase(Locale.ROOT), j.attempts(), j.pagesDone(), j.pagesTotal(), j.error()))
            .toList());
  }

  /** The document numbers the text mentions, other than the document's own, once each. */
  private static List<DocumentView.CitationView> mentions(Document d, List<Page> pages) {
    Map<String, DocumentView.CitationView> byNumber = new LinkedHashMap<>();
    for (Page page : pages) {
      for (DocumentNumbers.Found found : DocumentNumbers.find(page.text())) {
        String number = found.number().canonical();
        if (!number.equals(d.number())) {
          byNumber.putIfAbsent(number, new DocumentView.CitationView(number, null, null, "mentions", null));
        }
      }
    }
    return List.copyOf(byNumber.values());
  }
}
