package vn.vankho.archive;

import java.util.ArrayList;
import java.util.List;
import vn.vankho.ingest.FieldReview;
import vn.vankho.ingest.awards.AwardReader;
import vn.vankho.ingest.awards.CampaignReader;
import vn.vankho.ingest.metadata.DocumentMetadata;
import vn.vankho.ingest.metadata.Extracted;
import vn.vankho.ingest.metadata.MetadataReader;
import vn.vankho.ingest.ocr.TextLine;
import vn.vankho.model.Award;
import vn.vankho.model.CampaignLink;
import vn.vankho.model.Citation;
import vn.vankho.model.Document;
import vn.vankho.model.DocumentStatus;
import vn.vankho.model.Field;
import vn.vankho.model.Page;
import vn.vankho.model.PageSource;
import vn.vankho.model.Provenance;
import vn.vankho.model.Reason;
import vn.vankho.model.Secrecy;
import vn.vankho.model.Urgency;
import vn.vankho.store.DocumentReading;
import vn.vankho.text.DocumentNumbers;
import vn.vankho.text.FoldedText;

/**
 * Turns what {@link MetadataReader} reads in a document's pages into the records the store keeps:
 * the fields, where each was read, the citations with their number keys, and the awards and campaign links it proposes.
 */
final class DocumentDescriber {
  private static final int MAX_TITLE = 200;

  /** What a reading made of a document, and the fields of its first page flagged for review (not kept as read). */
  record Description(DocumentReading reading, List<FieldReview.Flag> flags) {}

  /** {@code firstPageLines}: the text lines the engine read on the first page, with its words' confidences. */
  Description describe(Document document, List<Page> pages, List<TextLine> firstPageLines) {
    // each page folded once here, for the metadata, award and campaign readers alike
    List<FoldedText> texts = pages.stream().map(p -> FoldedText.of(p.text())).toList();
    DocumentMetadata m = MetadataReader.read(texts);
    // a number or date written in by hand on a scan is flagged for review, not guessed (issue 12)
    List<FieldReview.Flag> flags = pages.isEmpty() || pages.get(0).source() != PageSource.OCR ? List.of()
        : FieldReview.check(m, pages.get(0).text(), firstPageLines);
    if (!flags.isEmpty()) {
      m = FieldReview.withoutFlagged(m, flags);
      pages = flagFirst(pages, FieldReview.problem(flags));
    }
    List<Provenance> provenance = new ArrayList<>();
    String number = value(m.number(), Field.NUMBER, provenance);
    Document read = new Document(document.id(), document.sha256(), document.fileName(), document.mediaType(),
        document.size(), DocumentStatus.DONE, null,
        number,
        m.numberAsPrinted() == null ? null : m.numberAsPrinted().value(),
        value(m.type(), Field.TYPE, provenance),
        value(m.issuer(), Field.ISSUER, provenance),
        value(m.date(), Field.DATE, provenance),
        value(m.place(), Field.PLACE, provenance),
        value(m.subject(), Field.SUBJECT, provenance),
        firstLine(pages),
        value(m.signerTitle(), Field.SIGNER_TITLE, provenance),
        value(m.signerName(), Field.SIGNER_NAME, provenance),
        m.recipients(),
        DocumentNumbers.keysOf(number),
        mark(m.secrecy(), Field.SECRECY, provenance, Secrecy.class, Secrecy.NONE),
        mark(m.urgency(), Field.URGENCY, provenance, Urgency.class, Urgency.NONE),
        document.createdAt());
    List<Citation> citations = m.citations().stream()
        .flatMap(c -> DocumentNumbers.parse(c.number()).stream().map(n -> new Citation(document.id(), c.number(),
            n.key(), c.date(), c.issuer(), c.relation().jsonName(), c.page(), c.sourceText(), null)))
        .toList();
    List<Award> awards = AwardReader.read(texts).stream()
        .map(a -> new Award(0, document.id(), a.awardee(), a.kind().jsonName(), a.unit(), a.place(), a.form(),
            a.authority(),
            a.authorityLevel(), a.achievement(), a.attributes().stream().sorted().toList(), a.campaign(),
            Award.PROPOSED, a.sourceLine(), a.page(), null, null))
        .toList();
    List<CampaignLink> campaigns = CampaignReader.read(texts).stream()
        .map(c -> new CampaignLink(0, document.id(), c.name(), c.launches(), c.periodFrom(), c.periodTo(),
            Award.PROPOSED, c.sourceLine(), c.page(), null))
        .toList();
    return new Description(new DocumentReading(read, pages, provenance, citations, awards, campaigns), flags);
  }

  private static List<Page> flagFirst(List<Page> pages, String why) {
    List<Page> flagged = new ArrayList<>(pages);
    Page first = pages.get(0);
    flagged.set(0, new Page(first.number(), first.text(), first.source(), first.confidence(), first.quality(), true,
        first.problem() == null ? why
            : Reason.ofCode(first.problem()).map(Reason::vietnamese).orElse(first.problem()) + "; " + why,
        first.note(), first.imageSha256()));
    return flagged;
  }

  /** The value read for {@code field}, noting where it was read. */
  private static <T> T value(Extracted<T> extracted, Field field, List<Provenance> provenance) {
    if (extracted == null) {
      return null;
    }
    provenance.add(Provenance.machine(field, extracted.page(), extracted.sourceText()));
    return extracted.value();
  }

  /** The level a mark's code names, or {@code none} when the document bears no such mark. */
  private static <E extends Enum<E>> E mark(Extracted<String> code, Field field, List<Provenance> provenance,
      Class<E> levels, E none) {
    String read = value(code, field, provenance);
    return read == null ? none : Enum.valueOf(levels, read);
  }

  /** A title for a document whose subject could not be read: its first line. */
  private static String firstLine(List<Page> pages) {
    return pages.stream()
        .flatMap(p -> p.text().lines())
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .findFirst()
        .map(line -> line.length() > MAX_TITLE ? line.substring(0, MAX_TITLE) : line)
        .orElse(null);
  }
}
