package vn.vankho.ingest.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vankho.text.Diacritics;
import vn.vankho.text.DocumentNumbers;
import vn.vankho.text.DocumentTypes;

/**
 * Reads the structure of a Vietnamese official document (Party or State) from the text of its pages:
 * the parts DESIGN.md lists under "Official document structure". It reads clean text and poor OCR
 * alike: cue words are matched without marks and with small slips, and names from closed lists
 * (bodies, titles, places) come back in their proper spelling.
 *
 * <pre>{@code
 * DocumentMetadata m = MetadataReader.read(List.of(page1, page2));
 * m.number().value();   // "229-KH/HU"
 * m.issuer().value();   // "Ban Thường vụ Huyện ủy Đam Rông", read on m.issuer().page()
 * }</pre>
 */
public final class MetadataReader {
  /** Lines at the top of the first page searched when the document has no type heading (a letter). */
  private static final int TOP_WITHOUT_HEADING = 15;
  /** Lines searched for the type heading. */
  private static final int HEADING_REACH = 60;
  /** Words before "ban hành" where the issuer's name may begin. */
  private static final int ISSUED_REACH = 12;
  /** The place before the date: capitalized first word, at most five words. */
  private static final Pattern PLACE = Pattern.compile("(\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{L}+){0,4})[ \\t]*,[ \\t]*(?:ng[a-z]{1,3}[ \\t]+)?");
  private static final Pattern NUMBER_LABEL = Pattern.compile("\\W*s[a-z0-9]?\\s*:?\\s*");
  /** A letter's number ("Số: 1520/UBND-VX") has no type code, so vn.vankho.text does not take it as one. */
  private static final Pattern LETTER_NUMBER = Pattern.compile("(\\d{1,5})\\s*/\\s*(\\p{Lu}[\\p{Lu}\\d]*(?:\\s*-\\s*\\p{Lu}[\\p{Lu}\\d]*)*)");
  /** The type code of a letter (công văn) in index-config/document-types.txt: letters have no heading. */
  private static final String LETTER_TYPE = "CV";
  /** Relations whose cues open the preamble after the subject ("Căn cứ", "Theo đề nghị"), never a subject. */
  private static final Set<Citation.Relation> PREAMBLE = EnumSet.of(Citation.Relation.BASIS, Citation.Relation.PROPOSAL);
  private static final Pattern SEPARATOR = Pattern.compile("[-_*=.\\s]+");

  private MetadataReader() {}

  /** Reads a document from the texts of its pages, the first page first. */
  public static DocumentMetadata read(List<String> pageTexts) {
    List<PageText> pages = new ArrayList<>();
    for (int i = 0; i < pageTexts.size(); i++) {
      pages.add(new PageText(i + 1, pageTexts.get(i)));
    }
    if (pages.isEmpty()) {
      return new DocumentMetadata(null, null, null, null, null, null, null, null, null, null, List.of(), List.of());
    }
    PageText first = pages.get(0);
    int heading = headingLine(first);
    int letterSubject = heading < 0 ? letterSubjectLine(first) : -1;
    int top = heading >= 0 ? heading : topWithoutHeading(first);
    Own own = ownNumber(first, top, heading >= 0);

    Extracted<String> type = type(first, own, heading, letterSubject);
    Extracted<String> typeName = type == null ? null
        : DocumentTypes.name(type.value()).map(n -> new Extracted<>(n, type.page(), type.sourceText())).orElse(null);
    Extracted<String> subject = heading >= 0 ? subjectAfterHeading(first, heading)
        : letterSubject >= 0 ? letterSubject(first, letterSubject) : null;
    Extracted<LocalDate> date = null;
    Extracted<String> place = null;
    for (int i = 0; i < top && date == null; i++) {
      PlaceDate pd = placeDate(first, i);
      if (pd != null) {
        date = new Extracted<>(pd.date(), first.page, first.line(i).strip());
        place = new Extracted<>(pd.place(), first.page, first.line(i).strip());
      }
    }
    Optional<SignatureReader.Signature> signature = SignatureReader.read(pages);
    Extracted<String> issuer = issuer(pages, top, heading, own, signature.orElse(null));
    return new DocumentMetadata(
        own == null ? null : new Extracted<>(own.canonical(), first.page, own.line()),
        own == null ? null : new Extracted<>(own.printed(), first.page, own.line()),
        type, typeName, issuer, place, date, subject,
        signature.map(SignatureReader.Signature::title).orElse(null),
        signature.map(SignatureReader.Signature::name).orElse(null),
        RecipientReader.read(pages),
        CitationReader.read(pages, own == null ? null : own.canonical()));
  }

  /** The document's own number, its type and issuer codes when it has them, and its line. */
  private record Own(String canonical, String printed, String type, String issuerCode, String line) {}

  private record PlaceDate(String place, LocalDate date) {}

  /**
   * The number on the "Số" line, else the first number above the heading (the label lost to the scan);
   * without a heading, an unlabelled number is a citation, not the document's own.
   */
  private static Own ownNumber(PageText page, int top, boolean headed) {
    List<DocumentNumbers.Found> found = Numbers.find(page.text);
    DocumentNumbers.Found chosen = null;
    for (DocumentNumbers.Found f : found) {
      int line = page.lineIndexAt(f.start());
      if (line < top && labelled(page, line, f.start())) {
        chosen = f;
        break;
      }
      if (chosen == null && headed && line < top) {
        chosen = f;
      }
    }
    if (chosen != null) {
      return new Own(chosen.number().canonical(), chosen.printed(), chosen.number().type(),
          chosen.number().issuer(), page.lineAt(chosen.start()));
    }
    for (int i = 0; i < top; i++) {
      Matcher m = LETTER_NUMBER.matcher(page.line(i));
      if (m.find() && labelled(page, i, page.lineStart(i) + m.start())) {
        String canonical = m.group(1) + "/" + m.group(2).replaceAll("\\s+", "");
        return new Own(canonical, m.group().strip(), null, null, page.line(i).strip());
      }
    }
    return null;
  }

  /** True when only the label "Số" (or its OCR forms "S6", "Sb") stands before {@code offset} on its line. */
  private static boolean labelled(PageText page, int line, int offset) {
    String before = Diacritics.lower(page.folded.substring(page.lineStart(line), offset));
    return !before.isBlank() && NUMBER_LABEL.matcher(before).matches();
  }

  private static int headingLine(PageText page) {
    for (int i = 0; i < Math.min(page.lineCount(), HEADING_REACH); i++) {
      String line = page.line(i).strip();
      if (PageText.isHeading(line) && Tables.TYPES.whole(new PageText(1, line).tokens).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  private static String headingCode(PageText page, int heading) {
    return Tables.TYPES.whole(new PageText(1, page.line(heading)).tokens).orElseThrow();
  }

  private static int topWithoutHeading(PageText page) {
    int addressee = addresseeLine(page);
    return addressee >= 0 ? addressee : Math.min(page.lineCount(), TOP_WITHOUT_HEADING);
  }

  /** The line of a letter that opens with "Kính gửi", or -1. */
  private static int addresseeLine(PageText page) {
    for (int i = 0; i < Math.min(page.lineCount(), HEADING_REACH); i++) {
      if (Tables.documentCue("addressee").at(new PageText(1, page.line(i)).tokens, 0).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  private static int letterSubjectLine(PageText page) {
    for (int i = 0; i < topWithoutHeading(page); i++) {
      if (Tables.documentCue("letter-subject").at(new PageText(1, page.line(i)).tokens, 0).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  /** The type code of the number, else of the heading, else a letter's (công văn). */
  private static Extracted<String> type(PageText page, Own own, int heading, int letterSubject) {
    String headingCode = heading < 0 ? null : headingCode(page, heading);
    if (own != null && own.type() != null) {
      String source = own.type().equals(headingCode) ? page.line(heading).strip() : own.line();
      return new Extracted<>(own.type(), page.page, source);
    }
    if (headingCode != null) {
      return new Extracted<>(headingCode, page.page, page.line(heading).strip());
    }
    return letterSubject < 0 ? null : new Extracted<>(LETTER_TYPE, page.page, page.line(letterSubject).strip());
  }

  /**
   * The trích yếu: the lines right after the heading, up to a blank line, a line of capitals or of
   * dashes, or a clause opened by a citation cue. The first line may itself open with a cue ("Thực hiện
   * Kế hoạch số 152-KH/TU ..." is the subject of a plan), but not with one of the preamble that follows
   * the subject ("Căn cứ", "Xét đề nghị"); blank lines between heading and subject, which OCR puts
   * between paragraphs, are skipped.
   */
  private static Extracted<String> subjectAfterHeading(PageText page, int heading) {
    int i = afterHeading(page, heading);
    // a Party heading may name its issuer on a line of its own: "CHỈ THỊ / CỦA BỘ CHÍNH TRỊ / về ..."
    if (i < page.lineCount() && PageText.isHeading(page.line(i).strip())
        && Tables.documentCue("heading-issuer").at(new PageText(1, page.line(i)).tokens, 0).isPresent()) {
      i++;
    }
    List<String> lines = new ArrayList<>();
    for (; i < page.lineCount(); i++) {
      String line = page.line(i).strip();
      Optional<Tables.Cue> cue = Tables.CUES.at(new PageText(1, line).tokens, 0).map(Phrases.Match::value);
      boolean opensPreamble = cue.map(c -> PREAMBLE.contains(c.relation())).orElse(false);
      if (line.isEmpty() || PageText.isHeading(line) || SEPARATOR.matcher(line).matches()
          || (cue.isPresent() && (!lines.isEmpty() || opensPreamble))) {
        break;
      }
      lines.add(line);
    }
    return lines.isEmpty() ? null : new Extracted<>(String.join(" ", lines).replaceAll("\\s+", " "), page.page, lines.get(0));
  }

  /** The first line after the heading that is not blank (two blank lines at most are passed over). */
  private static int afterHeading(PageText page, int heading) {
    int i = heading + 1;
    while (i < page.lineCount() && page.line(i).isBlank() && i <= heading + 2) {
      i++;
    }
    return i;
  }

  /**
   * The complete body a Party heading names under it ("CHỈ THỊ" / "CỦA BỘ CHÍNH TRỊ", or "của Bộ Chính
   * trị về ..." opening the subject): the issuer, though the header names the Central Committee.
   */
  private static Extracted<String> namedByHeading(PageText page, int heading) {
    int i = heading < 0 ? page.lineCount() : afterHeading(page, heading);
    if (i >= page.lineCount()) {
      return null;
    }
    List<Token> words = new PageText(1, page.line(i)).tokens;
    return Tables.documentCue("heading-issuer").at(words, 0)
        .flatMap(cue -> Issuers.at(words, cue.end()))
        .filter(n -> n.committee() == null)
        .map(n -> new Extracted<>(n.name(), page.page, page.line(i).strip()))
        .orElse(null);
  }

  /**
   * A letter's subject: after "V/v", up to "Kính gửi", the place and date, a line of capitals, or a blank
   * line; blank lines do not end it when "Kính gửi" follows, since OCR puts them between the lines of
   * the V/v block.
   */
  private static Extracted<String> letterSubject(PageText page, int line) {
    List<Token> words = new PageText(1, page.line(line)).tokens;
    int cueEnd = Tables.documentCue("letter-subject").at(words, 0).orElseThrow().end();
    int addressee = addresseeLine(page);
    List<String> lines = new ArrayList<>();
    lines.add(page.line(line).substring(words.get(cueEnd - 1).end()).strip());
    for (int i = line + 1; i < page.lineCount(); i++) {
      String next = page.line(i).strip();
      if (next.isEmpty() && addressee > i) {
        continue;
      }
      if (next.isEmpty() || PageText.isHeading(next) || placeDate(page, i) != null
          || Tables.documentCue("addressee").at(new PageText(1, next).tokens, 0).isPresent()) {
        break;
      }
      lines.add(next);
    }
    String subject = String.join(" ", lines).replaceAll("\\s+", " ").strip();
    return subject.isEmpty() ? null : new Extracted<>(subject, page.page, page.line(line).strip());
  }

  /** "Đam Rông, ngày 15 tháng 3 năm 2025" on line {@code i}, the place at its start or after a wide gap. */
  private static PlaceDate placeDate(PageText page, int i) {
    int start = page.lineStart(i);
    String folded = page.folded.substring(start, start + page.line(i).length());
    String lower = Diacritics.lower(folded);
    Matcher m = PLACE.matcher(folded);
    while (m.find()) {
      String before = folded.substring(0, m.start());
      boolean placeStarts = before.isBlank() || before.endsWith("  ") || before.endsWith("\t")
          || !Numbers.find(page.line(i).substring(0, m.start())).isEmpty();
      Optional<Dates.Found> date = Dates.first(lower, m.end(), m.end() + 1);
      if (placeStarts && date.isPresent()) {
        String printed = page.line(i).substring(m.start(1), m.end(1));
        String place = Tables.PLACES.whole(new PageText(1, printed).tokens).orElse(printed);
        return new PlaceDate(place, date.get().date());
      }
    }
    return null;
  }

  /**
   * The issuer: the body that "ban hành" the document in its own words, else the header's body (with
   * the signature's standing part: "T/M BAN THƯỜNG VỤ" under "HUYỆN ỦY ĐAM RÔNG" is "Ban Thường vụ Huyện
   * ủy Đam Rông"), else the signature's standing part with the committee of the number's issuer code.
   * A complete body signed for ("T/M BỘ CHÍNH TRỊ") comes first, then one the heading names ("CHỈ THỊ
   * CỦA BỘ CHÍNH TRỊ"): a scan may have lost the signature.
   */
  private static Extracted<String> issuer(List<PageText> pages, int top, int heading, Own own,
      SignatureReader.Signature signature) {
    String onBehalfOf = signature == null ? null : signature.onBehalfOf();
    Optional<Tables.Body> signedFor = onBehalfOf == null ? Optional.empty()
        : Issuers.body(onBehalfOf).filter(b -> b.role() == Tables.BodyRole.BODY);
    if (signedFor.isPresent()) {
      // "T/M BỘ CHÍNH TRỊ" under the header "BAN CHẤP HÀNH TRUNG ƯƠNG": the Politburo issues it
      return new Extracted<>(signedFor.get().name(), signature.title().page(), signature.title().sourceText());
    }
    Extracted<String> headed = namedByHeading(pages.get(0), heading);
    if (headed != null) {
      return headed;
    }
    Extracted<String> issued = issuedBy(pages);
    Extracted<String> header = header(pages.get(0), top, own, onBehalfOf);
    if (header != null && (issued == null || header.value().startsWith(issued.value()))) {
      return header;
    }
    if (issued != null) {
      return issued;
    }
    String committee = own == null || own.issuerCode() == null ? null : Tables.COMMITTEE_BY_ISSUER_CODE.get(own.issuerCode());
    Optional<Tables.Body> standing = standing(onBehalfOf);
    if (committee != null && standing.isPresent()) {
      return new Extracted<>(standing.get().name() + " " + committee, pages.get(0).page, own.line());
    }
    return null;
  }

  private static Optional<Tables.Body> standing(String onBehalfOf) {
    return onBehalfOf == null ? Optional.empty()
        : Issuers.body(onBehalfOf).filter(b -> b.role() == Tables.BodyRole.STANDING);
  }

  /** "..., Ban Thường vụ Huyện ủy Đam Rông ban hành kế hoạch ...": the first such phrase after a comma. */
  private static Extracted<String> issuedBy(List<PageText> pages) {
    for (PageText page : pages) {
      List<Token> tokens = page.tokens;
      for (int k = 1; k < tokens.size(); k++) {
        if (Tables.documentCue("issued").at(tokens, k).isEmpty()) {
          continue;
        }
        int cue = k;
        for (int s = Math.max(0, k - ISSUED_REACH); s < k; s++) {
          Optional<Issuers.Name> name = Issuers.at(tokens, s).filter(n -> n.end() == cue)
              .filter(n -> afterComma(page, tokens.get(n.start()).start()));
          if (name.isPresent()) {
            return new Extracted<>(name.get().name(), page.page, page.lineAt(tokens.get(s).start()));
          }
        }
      }
    }
    return null;
  }

  /**
   * True when a comma opens the clause at {@code offset}: "..., Ban Thường vụ Tỉnh ủy ban hành" names the
   * issuer, "Quyết định số 35/2024/QĐ-UBND của Ủy ban nhân dân tỉnh ban hành Quy chế" a cited one's.
   */
  private static boolean afterComma(PageText page, int offset) {
    int i = offset - 1;
    while (i >= 0 && Character.isWhitespace(page.text.charAt(i))) {
      i--;
    }
    return i >= 0 && page.text.charAt(i) == ',';
  }

  /** The header's body, after the signature's standing part when it is a committee ("Ban Thường vụ" + "Huyện ủy Đam Rông"). */
  private static Extracted<String> header(PageText page, int top, Own own, String onBehalfOf) {
    Optional<HeaderReader.Body> body = HeaderReader.read(page, top, own == null ? null : own.issuerCode());
    if (body.isEmpty()) {
      return null;
    }
    String value = body.get().name();
    Optional<Tables.Body> standing = standing(onBehalfOf);
    if (body.get().committee() && standing.isPresent() && !value.startsWith(standing.get().name())) {
      value = standing.get().name() + " " + value;
    }
    return new Extracted<>(value, page.page, page.line(body.get().line()).strip());
  }
}
