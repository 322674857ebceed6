package vn.vankho.archive;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.vankho.model.Document;

/**
 * Everything shown about one document, in the shape `vankho show --json` and the API print: the document's own
 * fields as {@link Document} names them, and what showing it adds. The field names are read by other tools: keep
 * them. Where the view shows a field otherwise than the record holds it, the view's takes its place: {@code status}
 * in lower case, {@code title} the one to call it by ({@link Document#displayTitle}), {@code secrecy} and
 * {@code urgency} the labels of its độ mật and độ khẩn ("Mật", "Hỏa tốc"; "Không" when unmarked). Its search keys
 * are the index's business, not shown.
 */
public record DocumentView(
    @JsonUnwrapped @JsonIgnoreProperties({"status", "title", "secrecy", "urgency", "numberKeys"}) Document document,
    String status,
    String typeName,
    String title,
    String secrecy,
    String urgency,
    Map<String, ProvenanceView> provenance,
    List<PageView> pages,
    List<CitationView> citations,
    List<CitationView> citedBy,
    List<AwardView> awards,
    List<CampaignLinkView> campaigns,
    List<FileView> files,
    List<JobView> jobs) {

  /**
   * One page: its number, its text, where the text came from ("text-layer" or "ocr"; "awaiting-ocr", with no text
   * yet, for a page of a born-digital PDF without a text layer that OCR reads behind the imports), the OCR
   * engine's confidence, its quality, whether it needs review and why, what reading did to it (a
   * conversion from a legacy encoding, or that the page waits for OCR; null when nothing), and its image (null when
   * the page was read from a text layer).
   */
  public record PageView(int number, String text, String source, Float confidence, Float quality,
      boolean needsReview, String problem, String note, String imageUrl, List<FieldImageView> fieldImages) {}

  /** A field flagged for review, named, with the image of it cut out of the page. */
  public record FieldImageView(String label, String imageUrl) {}

  /**
   * One citation. In {@code citations}: the cited number, date and issuer as this document writes them,
   * and the archived document it resolves to (null while that document is not archived). In
   * {@code citedBy}: the citing document's number, date and issuer, and its id.
   */
  public record CitationView(String number, LocalDate date, String issuer, String relation, Long resolvedId,
      String sourceText) {}

  /**
   * An award the document makes: awardeeKind individual, collective or household; status proposed (as
   * read), confirmed or rejected (by an archivist); the id names it to confirm or reject.
   */
  public record AwardView(long id, String awardee, String awardeeKind, String unit, String place, String form,
      String authority,
      String authorityLevel, String achievement, List<String> attributes, String campaign, String status,
      String sourceLine, Long awardeeId, Long campaignId) {}

  /**
   * A campaign the document names: status proposed (as read), confirmed or rejected; once confirmed,
   * campaignId is the campaign's record. launches: the document launches it.
   */
  public record CampaignLinkView(long id, String name, boolean launches, String status, String sourceLine,
      Long campaignId) {}

  /** Where a field's value came from: "machine" (page, line) or "archivist" (who, when). */
  public record ProvenanceView(String source, Integer page, String text, String by, Instant at) {}

  /** A file kept for the document: the original, by its digest. */
  public record FileView(String role, String fileName, String mediaType, long size, String sha256, String url) {}

  /** A job run on the document. */
  public record JobView(long id, String kind, String status, int attempts, int pagesDone, Integer pagesTotal,
      String error) {}
}
