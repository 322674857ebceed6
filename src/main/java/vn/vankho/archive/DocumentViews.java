package vn.vankho.archive;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.vankho.ingest.FieldReview;
import vn.vankho.model.Citation;
import vn.vankho.model.Document;
import vn.vankho.model.Page;
import vn.vankho.model.Provenance;
import vn.vankho.store.AwardStore;
import vn.vankho.store.CitationStore;
import vn.vankho.store.CorrectionStore;
import vn.vankho.store.DocumentStore;
import vn.vankho.store.JobQueue;
import vn.vankho.store.PageImageStore;
import vn.vankho.text.DocumentTypes;

/** Puts together the {@link DocumentView} of a document from its records. */
final class DocumentViews {
  private final DocumentStore documents;
  private final CitationStore citations;
  private final CorrectionStore corrections;
  private final JobQueue jobs;
  private final AwardStore awards;
  private final PageImageStore pageImages;

  DocumentViews(DocumentStore documents, CitationStore citations, CorrectionStore corrections, JobQueue jobs,
      AwardStore awards, PageImageStore pageImages) {
    this.documents = documents;
    this.citations = citations;
    this.corrections = corrections;
    this.jobs = jobs;
    this.awards = awards;
    this.pageImages = pageImages;
  }

  /**
   * The view of {@code d}, which the archive's door let {@code reader} read: the documents it cites and that cite
   * it are linked only where they exist for the reader.
   */
  DocumentView view(Document d, Reader reader) {
    List<Page> pages = documents.pages(d.id());
    PageImageStore.Kept images = pageImages.kept(d.id());
    return new DocumentView(d, d.status().name().toLowerCase(Locale.ROOT),
        d.type() == null ? null : DocumentTypes.name(d.type()).orElse(null), d.displayTitle(),
        d.secrecy().label(), d.urgency().label(), provenance(d.id()),
        pages.stream().map(p -> new DocumentView.PageView(p.number(), p.text(), p.source().label(), p.confidence(),
            p.quality(), p.needsReview(), p.problem(), p.note(), images.page(p.number())
                ? "/documents/" + d.id() + "/pages/" + p.number() + "/image" : null,
            p.number() == 1 ? fieldImages(d.id(), images) : List.of())).toList(),
        citations.citing(d.id()).stream().map(c -> view(c, visible(c.resolvedId(), reader))).toList(),
        citations.citedBy(d.id()).stream().filter(c -> visible(c.citingId(), reader) != null)
            .map(c -> new DocumentView.CitationView(c.number(), c.date(), c.issuer(), c.relation(), c.citingId(),
                c.sourceText())).toList(),
        awards.awardsOf(d.id()).stream().map(a -> new DocumentView.AwardView(a.id(), a.awardee(), a.awardeeKind(),
            a.unit(), a.place(), a.form(), a.authority(), a.authorityLevel(), a.achievement(), a.attributes(), a.campaign(),
            a.status(), a.sourceLine(), a.awardeeId(), a.campaignId())).toList(),
        awards.campaignLinksOf(d.id()).stream().map(c -> new DocumentView.CampaignLinkView(c.id(), c.name(),
            c.launches(), c.status(), c.sourceLine(), c.campaignId())).toList(),
        List.of(new DocumentView.FileView("original", d.fileName(), d.mediaType(), d.size(), d.sha256(),
            "/documents/" + d.id() + "/original")),
        jobs.jobsOf(d.id()).stream().map(j -> new DocumentView.JobView(j.id(), j.kind(),
            j.status().name().toLowerCase(Locale.ROOT), j.attempts(), j.pagesDone(), j.pagesTotal(), j.error()))
            .toList());
  }

  /** The fields of the first page flagged for review whose image was cut out ({@link FieldCrops}). */
  private static List<DocumentView.FieldImageView> fieldImages(long id, PageImageStore.Kept images) {
    return Arrays.stream(FieldReview.Field.values())
        .filter(f -> images.field(FieldCrops.name(f)))
        .map(f -> new DocumentView.FieldImageView(f.label(), "/documents/" + id + "/fields/" + FieldCrops.name(f) + "/image"))
        .toList();
  }

  /** A citation as the citing document writes it, linked to the cited document only when the reader may see it. */
  private static DocumentView.CitationView view(Citation c, Long resolvedId) {
    return new DocumentView.CitationView(c.number(), c.date(), c.issuer(), c.relation(), resolvedId, c.sourceText());
  }

  /** {@code id} when it names a document that exists for {@code reader}, else null. */
  private Long visible(Long id, Reader reader) {
    return id != null && documents.find(id).filter(reader::sees).isPresent() ? id : null;
  }

  private Map<String, DocumentView.ProvenanceView> provenance(long id) {
    Map<String, DocumentView.ProvenanceView> byField = new LinkedHashMap<>();
    for (Provenance p : corrections.provenance(id)) {
      byField.put(p.field().jsonName(), new DocumentView.ProvenanceView(p.source().name().toLowerCase(Locale.ROOT),
          p.page(), p.sourceText(), p.changedBy(), p.changedAt()));
    }
    return byField;
  }
}
