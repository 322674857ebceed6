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
import vn.vankho.text.IssuerCodes;
import vn.vankho.text.Phrases;

/**
 * Reads the structure of a Vietnamese official document (Party or State) from the text of its pages:
 * the parts of Nghị định 30/2020/NĐ-CP Phụ lục I and Hướng dẫn 36-HD/VPTW (docs/extraction.md). It reads clean text and poor OCR
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
  /** Words of the shortest committee an authority line names before its place ("ỦY BAN NHÂN DÂN"). */
  private static final int AUTHORITY_WORDS = 3;
  /** Words a signer's title takes before the body it heads ("Bộ trưởng", "Thống đốc"). */
  private static final int TITLE_WORDS = 3;
  /** Words before "ban hành" where the issuer's name may begin. */
  private static final int ISSUED_REACH = 12;
  /** The place before the date: capitalized first word, at most five words. */
  private static final Pattern PLACE = Pattern.compile("(\\p{Lu}\\p{Ll}+(?:[ \\t]+\\p{L}+){0,4})[ \\t]*,[ \\t]*(?:ng[a-z]{1,3}[ \\t]+)?");
  private static final Pattern NUMBER_LABEL = Pattern.compile("\\W*s[a-z0-9]?\\s*:?\\s*");
  /** "Luật số:", "Nghị quyết số:": a type's name before the label, on folded lower-case text. */
  /** "Số" after the capitals of a header on the same line, on folded lower-case text. */
  private static final Pattern FLATTENED_LABEL = Pattern.compile("(.*\\S)\\s+so\\s*:?\\s*");
  private static final Pattern TYPED_NUMBER_LABEL = Pattern.compile("\\W*([a-z ]+?)\\s+so\\s*:\\s*");
  /** Characters between a cue ("thông qua ngày", a number) and the date it governs. */
  private static final int DATE_AFTER_CUE = 20;
  /** Lines between a consolidated text's number and its certification cue. */
  private static final int CERTIFICATION_REACH = 6;
  /** A letter's number ("Số: 1520/UBND-VX") has no type code, so vn.vankho.text does not take it as one. */
  private static final Pattern LETTER_NUMBER = Pattern.compile("(\\d{1,5})\\s*/\\s*(\\p{Lu}[\\p{Lu}\\d]*(?:\\s*-\\s*\\p{Lu}[\\p{Lu}\\d]*)*)");
  /** The type code of a letter (công văn) in index-config/document-types.txt: letters have no heading. */
  private static final String LETTER_TYPE = "CV";
  /** Relations whose cues open the preamble after the subject ("Căn cứ", "Theo đề nghị"), never a subject. */
  private static final Set<Citation.Relation> PREAMBLE = EnumSet.of(Citation.Relation.BASIS, Citation.Relation.PROPOSAL);
  /** A committee's term after its name, on folded lower-case text: " (khóa XV) ". */
  private static final Pattern TERM = Pattern.compile("\\s*\\(\\s*khoa\\s+[ivxlc]+\\s*\\)\\s*");
  /**
   * A committee's term in a line of capitals: the title of a plenum's resolution or conclusion names the committee
   * with it ("HỘI NGHỊ LẦN THỨ BẢY" / "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVI)", Hướng dẫn 36-HD/VPTW); an authority
   * line never does.
   */
  private static final Pattern TERM_NAMED = Pattern.compile("\\bkhoa\\s+[ivxlc]+\\b");
  private static final Pattern SEPARATOR = Pattern.compile("[-_*=.\\s]+");
  /** A line that ends a sentence or a clause: the end of a paragraph, never of a subject. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.;:]\\s*$");
  /** At most this share of a double-spaced page's lines are followed by another line of text. */
  private static final double DOUBLE_SPACED_SHARE = 0.15;
  /** The note that opens a consolidated text, before the list of the texts that amended it. */
  private static final Pattern CONSOLIDATED_NOTE = Pattern.compile("duoc\\s+sua\\s+doi\\s*,?\\s*bo\\s+sung\\s+boi\\s*:");
  /** The type code of a consolidated text (văn bản hợp nhất). */
  private static final String CONSOLIDATED = "VBHN";
  /** The type names the Party's QĐ code serves (Quy định 66-QĐ/TW). */
  private static final String DECISION = "Quyết định";
  private static final String REGULATION = "Quy định";

  private MetadataReader() {}

  /** Reads a document from the texts of its pages, the first page first, each folded (a {@link vn.vankho.text.FoldedText}) or not. */
  public static DocumentMetadata read(List<? extends CharSequence> pageTexts) {
    List<PageText> pages = new ArrayList<>();
    for (int i = 0; i < pageTexts.size(); i++) {
      pages.add(new PageText(i + 1, pageTexts.get(i)));
    }
    if (pages.isEmpty()) {
      return new DocumentMetadata(null, null, null, null, null, null, null, null, null, null, List.of(), List.of(), null,
          null);
    }
    PageText first = pages.get(0);
    int heading = headingLine(first);
    int letterSubject = heading < 0 ? letterSubjectLine(first) : -1;
    int top = heading >= 0 ? heading : topWithoutHeading(first);
    Own own = ownNumber(first, top, heading < 0 ? null : headingCode(first, heading));
    Consolidation consolidation = own == null ? consolidation(pages) : null;
    TitleLine titleLine = own == null && heading < 0 ? titleLine(first, top) : null;
    if (consolidation != null) {
      own = consolidation.number();
    } else if (titleLine != null) {
      own = titleLine.number();
    }
    // the sentence announcing a document whose header was lost names it, or confirms the number read above
    Own read = own;
    Announcement announced = Announcement.read(first, top)
        .filter(a -> read == null || (a.number() != null && a.number().number().canonical().equals(read.canonical())))
        .orElse(null);
    if (own == null && announced != null && announced.number() != null) {
      own = own(first, announced.number());
    }

    boolean consolidated = consolidation != null || opensAsConsolidated(first, heading);
    Extracted<String> type = type(first, own, heading, letterSubject, consolidated);
    if (type == null && announced != null || heading < 0 && announced != null && announced.number() != null) {
      // without a heading, the word the sentence names it by is its type, as a heading's would be: "Quy định số
      // 368-QĐ/TW" is a Quy định though the Party's QĐ code serves Quyết định too
      type = new Extracted<>(announced.type(), first.page, announced.line());
    }
    Extracted<String> typeName = type == null ? null
        : new Extracted<>(Tables.typeName(type.value()), type.page(), type.sourceText());
    Extracted<String> subject = heading >= 0 ? subjectAfterHeading(first, heading)
        : letterSubject >= 0 ? letterSubject(first, letterSubject)
        : titleLine != null ? titleLine.subject() : null;
    if (subject == null && announced != null) {
      subject = announced.subject();
    }
    PlaceDate placeDate = null;
    PageText placePage = first;
    int placeLine = -1;
    if (consolidation != null) {
      placePage = consolidation.page();
      for (int i = consolidation.line(); i <= consolidation.line() + CERTIFICATION_REACH + 1 && placeDate == null
          && i < placePage.lineCount(); i++) {
        placeDate = placeDate(placePage, i);
        placeLine = i;
      }
    }
    for (int i = 0; i < top && placeDate == null; i++) {
      placeDate = placeDate(first, i);
      placeLine = i;
    }
    Extracted<LocalDate> date = null;
    Extracted<String> place = null;
    if (placeDate != null) {
      String source = placePage.line(placeLine).strip();
      date = new Extracted<>(placeDate.date(), placePage.page, source);
      place = new Extracted<>(placeDate.place(), placePage.page, source);
    } else if (titleLine != null && titleLine.date() != null) {
      date = titleLine.date();
    } else if (announced != null && announced.date() != null) {
      date = announced.date();
    } else {
      date = passed(pages);
    }
    Optional<SignatureReader.Signature> signature = consolidation != null
        ? SignatureReader.readFrom(consolidation.page(), consolidation.line() + 1).or(() -> SignatureReader.read(pages))
        : SignatureReader.read(pages);
    // the issuing body stands above the number and the place and date line; what follows them, before a
    // heading a copy garbled ("K ÉT LUẬN" / "HỘI NGHỊ LẦN THỨ BẢY" / "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH"), is the title
    int headerTop = placeDate != null && placePage == first ? Math.min(top, placeLine + 1) : top;
    Extracted<String> issuer = issuer(pages, headerTop, heading, own, signature.orElse(null), consolidated,
        announced != null ? announced.issuer() : titleLine != null ? titleLine.issuer() : null);
    if (issuer == null && consolidation != null) {
      issuer = consolidation.body();
    }
    issuer = withPlace(issuer, first, heading, place, date);
    MarkReader.Marks marks = MarkReader.read(first, top);
    return new DocumentMetadata(
        own == null ? null : new Extracted<>(own.canonical(), first.page, own.line()),
        own == null ? null : new Extracted<>(own.printed(), first.page, own.line()),
        type, typeName, issuer, place, date, subject,
        signature.map(SignatureReader.Signature::title).orElse(null),
        signature.map(SignatureReader.Signature::name).orElse(null),
        RecipientReader.read(pages),
        CitationReader.read(pages, own == null ? null : own.canonical()),
        marks.secrecy(), marks.urgency());
  }

  /**
   * A law's date when no place and date line heads it: the day its closing sentence says the legislature
   * passed it ("Luật này được Quốc hội ... thông qua ngày 17 tháng 6 năm 2020"), or null.
   */
  private static Extracted<LocalDate> passed(List<PageText> pages) {
    for (int p = pages.size() - 1; p >= 0; p--) {
      PageText page = pages.get(p);
      List<Token> tokens = page.tokens;
      String lower = page.lower();
      for (int k = 0; k < tokens.size(); k++) {
        Optional<Phrases.Match<String>> cue = Tables.documentCue("passed").at(tokens, k);
        if (cue.isPresent()) {
          int after = tokens.get(cue.get().end() - 1).start();
          Optional<Dates.Found> d = Dates.first(lower, after, after + DATE_AFTER_CUE);
          if (d.isPresent()) {
            return new Extracted<>(d.get().date(), page.page, page.lineAt(tokens.get(k).start()));
          }
        }
      }
    }
    return null;
  }

  /**
   * A page whose header was lost names the document in a title line: "Thông tư số 102/2018/TT-BTC ngày 14
   * tháng 11 năm 2018" (a gazette's continuation issue), "Chỉ thị số 22-CT/TW ngày ... của Ban Bí thư" (a web
   * copy). The number, the date after it, and the subject on the line below.
   */
  private record TitleLine(Own number, Extracted<LocalDate> date, Extracted<String> issuer,
      Extracted<String> subject) {}

  private static TitleLine titleLine(PageText page, int top) {
    for (int i = 0; i < Math.min(top, page.lineCount()); i++) {
      List<Token> words = page.lineTokens(i);
      Optional<Phrases.Match<String>> type = Tables.HEADINGS.at(words, 0);
      if (type.isEmpty() || type.get().end() >= words.size() || !words.get(type.get().end()).norm().equals("so")) {
        continue;
      }
      int lineStart = page.lineStart(i);
      List<DocumentNumbers.Found> numbers = Numbers.find(page.line(i));
      if (numbers.isEmpty()) {
        continue;
      }
      DocumentNumbers.Found f = numbers.get(0);
      String line = page.line(i).strip();
      Own own = new Own(f.number().canonical(), f.printed(), f.number().type(), f.number().issuer(), line);
      String lower = page.lower();
      Optional<Dates.Found> d = Dates.first(lower, lineStart + f.end(), lineStart + f.end() + DATE_AFTER_CUE);
      Extracted<LocalDate> date = d.map(x -> new Extracted<>(x.date(), page.page, line)).orElse(null);
      // a web copy's title names the issuer and the subject on the line itself: "Chỉ thị số 55-CT/TW của Ban Bí thư
      // về việc tổ chức Tết Bính Ngọ năm 2026"; a gazette's continuation issue gives the subject on the line below
      int after = d.map(Dates.Found::end).orElse(lineStart + f.end());
      Announcement.Named named =
          Announcement.Named.after(page, page.tokenIndexAt(after), lineStart + page.line(i).length(), line);
      int next = i + 1;
      while (next < page.lineCount() && page.line(next).isBlank() && next <= i + 2) {
        next++;
      }
      String below = next < page.lineCount() ? page.line(next).strip() : "";
      Extracted<String> subject = named.subject() != null ? named.subject()
          : below.isEmpty() || PageText.isHeading(below) || below.startsWith("(") ? null
          : new Extracted<>(below, page.page, below);
      return new TitleLine(own, date, named.issuer(), subject);
    }
    return null;
  }

  /** The document's own number, its type and issuer codes when it has them, and its line. */
  private record Own(String canonical, String printed, String type, String issuerCode, String line) {}

  private record PlaceDate(String place, LocalDate date) {}

  /**
   * The number on the "Số" line ("Luật số:", "Nghị quyết số:" for the legislature's), else the first number
   * above the heading (the label lost to the scan) when its type code is the heading's ("Chương trình thực
   * hiện Chỉ thị 13-CT/TW" above "CHƯƠNG TRÌNH" cites the Chỉ thị); without a heading, an unlabelled number is a
   * citation, not the document's own.
   */
  private static Own ownNumber(PageText page, int top, String headingCode) {
    List<DocumentNumbers.Found> found = page.numbers();
    DocumentNumbers.Found chosen = null;
    for (DocumentNumbers.Found f : found) {
      int line = page.lineIndexAt(f.start());
      if (line < top && labelled(page, line, f.start())) {
        chosen = f;
        break;
      }
      if (chosen == null && headingCode != null && line < top && sameType(f.number().type(), headingCode)) {
        chosen = f;
      }
    }
    if (chosen != null) {
      return own(page, chosen);
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

  /**
   * True when a number carries no type code, or one that names the heading's type. The Party numbers its Quy định
   * QĐ as it numbers its Quyết định (66-QĐ/TW, 97-QĐ/TW, 368-QĐ/TW; QĐi only between 2016 and 2019).
   */
  static boolean sameType(String numberType, String headingCode) {
    return numberType == null || numberType.isEmpty() || numberType.equals(headingCode)
        || Tables.typeName(numberType).equals(Tables.typeName(headingCode))
        || Tables.typeName(numberType).equals(DECISION) && Tables.typeName(headingCode).equals(REGULATION);
  }

  private static Own own(PageText page, DocumentNumbers.Found f) {
    return new Own(f.number().canonical(), f.printed(), f.number().type(), f.number().issuer(), page.lineAt(f.start()));
  }

  /**
   * A consolidated text (văn bản hợp nhất) states its number, place, date and signature at its end, in the
   * certification that closes it: "Số: 1548/VBHN-BLĐTBXH" / "XÁC THỰC VĂN BẢN HỢP NHẤT" / "Hà Nội, ngày ...".
   * The line where that labelled number stands, with the number, or null.
   */
  private static Consolidation consolidation(List<PageText> pages) {
    for (PageText page : pages) {
      for (DocumentNumbers.Found f : page.numbers()) {
        int line = page.lineIndexAt(f.start());
        int cue = labelled(page, line, f.start()) ? certificationNear(page, line) : -1;
        if (cue >= 0) {
          return new Consolidation(page, line, own(page, f), certifyingBody(page, cue, line));
        }
      }
    }
    return null;
  }

  /** A consolidated text's certification: where its number stands, the number, and the body that certifies it. */
  private record Consolidation(PageText page, int line, Own number, Extracted<String> body) {}

  /** The line of the consolidation cue within {@value #CERTIFICATION_REACH} lines of line {@code i}, or -1. */
  private static int certificationNear(PageText page, int i) {
    for (int j = Math.max(0, i - CERTIFICATION_REACH); j <= Math.min(page.lineCount() - 1, i + CERTIFICATION_REACH); j++) {
      List<Token> words = page.lineTokens(j);
      if (Tables.documentCue("consolidation").first(words, 0, words.size()).isPresent()) {
        return j;
      }
    }
    return -1;
  }

  /**
   * The body printed beside the certification cue: "BỘ TÀI CHÍNH XÁC THỰC VĂN BẢN HỢP NHẤT", or a name the
   * two columns broke over two lines ("BỘ LAO ĐỘNG - THƯƠNG BINH XÁC THỰC ..." / "VÀ XÃ HỘI"), or over the
   * number's line as a header stands over it; or null.
   */
  private static Extracted<String> certifyingBody(PageText page, int cueLine, int numberLine) {
    String line = page.line(cueLine);
    List<Token> words = page.lineTokens(cueLine);
    int cue = Tables.documentCue("consolidation").first(words, 0, words.size()).orElseThrow().start();
    String before = cue == 0 ? "" : line.substring(0, words.get(cue - 1).end());
    int next = nextWithText(page, cueLine);
    String above = numberLine < 1 ? "" : page.line(numberLine - 1).strip();
    String twoAbove = numberLine < 2 ? "" : page.line(numberLine - 2).strip() + " " + above;
    List<String> candidates = List.of(next < 0 ? before : before + " " + page.line(next).strip(), before, twoAbove, above);
    for (String candidate : candidates) {
      List<Token> name = PageText.tokensOf(candidate);
      Optional<Issuers.Name> body = Issuers.at(name, 0).filter(n -> n.end() == name.size());
      if (body.isPresent()) {
        return new Extracted<>(body.get().name(), page.page, line.strip());
      }
    }
    return null;
  }

  /**
   * True when only the label stands before {@code offset} on its line: "Số" (or its OCR forms "S6", "Sb"),
   * or a type's name and "số" as the legislature writes it ("Luật số:", "Nghị quyết số:").
   */
  private static boolean labelled(PageText page, int line, int offset) {
    String before = Diacritics.lower(page.folded.substring(page.lineStart(line), offset));
    if (before.isBlank()) {
      return false;
    }
    if (NUMBER_LABEL.matcher(before).matches()) {
      return true;
    }
    // a header flattened into one line: "BAN CHẤP HÀNH TRUNG ƯƠNG VĂN PHÒNG * Số 36-HD/VPTW ĐẢNG CỘNG SẢN ..."
    Matcher flattened = FLATTENED_LABEL.matcher(before);
    if (flattened.matches()) {
      String header = page.line(line).substring(0, flattened.end(1)).strip();
      if (header.replaceAll("[*\\s-]", "").length() > 0 && PageText.isHeading(header.replace("*", ""))) {
        return true;
      }
    }
    Matcher typed = TYPED_NUMBER_LABEL.matcher(before);
    return typed.matches() && Tables.HEADINGS.whole(PageText.tokensOf(typed.group(1))).isPresent();
  }

  private static int headingLine(PageText page) {
    int whole = wholeHeadingLine(page);
    return whole >= 0 ? whole : headingWithSubject(page);
  }

  /**
   * A line of capitals that opens with a type and goes on with its subject: "HƯỚNG DẪN VỀ THỂ THỨC VĂN BẢN CỦA
   * ĐẢNG", the heading and the trích yếu a web copy printed on one line; or -1.
   */
  private static int headingWithSubject(PageText page) {
    for (int i = 0; i < Math.min(page.lineCount(), HEADING_REACH); i++) {
      String line = page.line(i).strip();
      List<Token> words = page.strippedLineTokens(i);
      Optional<Phrases.Match<String>> type = Tables.HEADINGS.at(words, 0);
      if (PageText.isHeading(line) && type.isPresent() && type.get().end() < words.size()
          && words.get(type.get().end()).norm().equals("ve")) {
        return i;
      }
    }
    return -1;
  }

  private static int wholeHeadingLine(PageText page) {
    for (int i = 0; i < Math.min(page.lineCount(), HEADING_REACH); i++) {
      String line = page.line(i).strip();
      // "VĂN BẢN HỢP NHẤT - BỘ TÀI CHÍNH" labels the header of a consolidated text; its heading is below
      boolean label = line.indexOf('-') >= 0 && Tables.documentCue("header-label").at(page.strippedLineTokens(i), 0).isPresent();
      if (PageText.isHeading(line) && !label && Tables.HEADINGS.whole(headingWords(page, i)).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * True when the lines under the heading, before the preamble, open a consolidated text as Pháp lệnh hợp nhất văn
   * bản quy phạm pháp luật 2012 (Điều 6) lays it out: the text consolidated and the ones that amended it, "Luật Thuế
   * tiêu thụ đặc biệt số 66/2025/QH15 ngày ... của Quốc hội, có hiệu lực ..., được sửa đổi, bổ sung bởi:".
   */
  private static boolean opensAsConsolidated(PageText page, int heading) {
    if (heading < 0) {
      return false;
    }
    int end = page.text.length();
    for (int i = heading + 1; i < Math.min(page.lineCount(), heading + HEADING_REACH); i++) {
      if (Tables.CUES.at(page.lineTokens(i), 0).map(c -> PREAMBLE.contains(c.value().relation())).orElse(false)) {
        end = page.lineStart(i);
        break;
      }
    }
    return CONSOLIDATED_NOTE.matcher(page.lower().substring(page.lineStart(heading), end)).find();
  }

  private static String headingCode(PageText page, int heading) {
    return Tables.HEADINGS.at(headingWords(page, heading), 0).orElseThrow().value();
  }

  /**
   * The words of a line of capitals, a lone letter joined to the word it was split from: a text layer spaces out
   * the letters of a bold heading and may break a word after its first letter ("K ÉT LUẬN" for "KẾT LUẬN").
   */
  private static List<Token> headingWords(PageText page, int i) {
    List<Token> words = page.strippedLineTokens(i);
    List<Token> joined = new ArrayList<>();
    for (int t = 0; t < words.size(); t++) {
      Token word = words.get(t);
      if (word.norm().length() == 1 && Character.isLetter(word.norm().charAt(0)) && t + 1 < words.size()
          && words.get(t + 1).start() == word.end() + 1) {
        Token next = words.get(++t);
        word = new Token(word.norm() + next.norm(), word.start(), next.end());
      }
      joined.add(word);
    }
    return joined;
  }

  private static int topWithoutHeading(PageText page) {
    int addressee = addresseeLine(page);
    return addressee >= 0 ? addressee : Math.min(page.lineCount(), TOP_WITHOUT_HEADING);
  }

  /** The line of a letter that opens with "Kính gửi", or -1. */
  private static int addresseeLine(PageText page) {
    for (int i = 0; i < Math.min(page.lineCount(), HEADING_REACH); i++) {
      if (Tables.documentCue("addressee").at(page.lineTokens(i), 0).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  private static int letterSubjectLine(PageText page) {
    for (int i = 0; i < topWithoutHeading(page); i++) {
      if (Tables.documentCue("letter-subject").at(page.lineTokens(i), 0).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The type the heading names (tên loại văn bản, Nghị định 30/2020/NĐ-CP Phụ lục I; Hướng dẫn 36-HD/VPTW),
   * else the type code of the number, else a letter's (công văn). The heading wins because a code may stand
   * for two types: the Party numbered its Quy định "QĐ" like its Quyết định ("Quy định số 97-QĐ/TW") before
   * it wrote QĐi. A consolidated text's heading is the consolidated document's, so its number's code wins.
   */
  private static Extracted<String> type(PageText page, Own own, int heading, int letterSubject, boolean consolidated) {
    String headingCode = heading < 0 ? null : headingCode(page, heading);
    if (headingCode != null && !consolidated) {
      return new Extracted<>(headingCode, page.page, page.line(heading).strip());
    }
    if (own != null && own.type() != null && !own.type().isEmpty()) {
      String source = own.type().equals(headingCode) ? page.line(heading).strip() : own.line();
      return new Extracted<>(own.type(), page.page, source);
    }
    if (headingCode != null) {
      // a consolidated text without its certification (a gazette issue that holds its first part) has no number
      // to give its type: the heading is the consolidated document's
      return new Extracted<>(consolidated ? CONSOLIDATED : headingCode, page.page, page.line(heading).strip());
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
    List<Token> headingWords = headingWords(page, heading);
    Phrases.Match<String> type = Tables.HEADINGS.at(headingWords, 0).orElseThrow();
    if (type.end() < headingWords.size()) {
      // the subject goes on from the heading's own line ("HƯỚNG DẪN VỀ THỂ THỨC ..."), and on lines of capitals
      String line = page.line(heading).strip();
      StringBuilder subject = new StringBuilder(line.substring(headingWords.get(type.end()).start()));
      for (int j = heading + 1; j < page.lineCount() && PageText.isHeading(page.line(j).strip())
          && !authority(page.lineTokens(j)); j++) {
        subject.append(' ').append(page.line(j).strip());
      }
      return new Extracted<>(subject.toString().replaceAll("\\s+", " "), page.page, line);
    }
    int i = afterHeading(page, heading);
    // a Party heading may name its issuer on a line of its own: "CHỈ THỊ / CỦA BỘ CHÍNH TRỊ / về ..."
    // ("SỬA ĐỔI, BỔ SUNG ..." is one OCR edit from "của" but names no body)
    List<Token> below = i < page.lineCount() ? page.lineTokens(i) : List.of();
    if (PageText.isHeading(i < page.lineCount() ? page.line(i).strip() : "")
        && Tables.documentCue("heading-issuer").at(below, 0).flatMap(c -> Issuers.at(below, c.end())).isPresent()) {
      i++;
    }
    List<String> lines = new ArrayList<>();
    boolean capitals = false;
    boolean afterCapitals = false;
    boolean doubleSpaced = doubleSpaced(page);
    for (; i < page.lineCount(); i++) {
      String line = page.line(i).strip();
      if (line.isEmpty()) {
        int next = nextWithText(page, i);
        if (lines.isEmpty() || next < 0 || !continuesSubject(page.line(next).strip(), capitals, doubleSpaced)) {
          break;
        }
        i = next - 1;
        continue;
      }
      List<Token> words = page.strippedLineTokens(i);
      Optional<Tables.Cue> cue = Tables.CUES.at(words, 0).map(Phrases.Match::value);
      boolean opensPreamble = cue.map(c -> PREAMBLE.contains(c.relation())).orElse(false);
      boolean upper = PageText.isHeading(line);
      // "thực hiện" in lower case goes on with the sentence; a cue counts where a clause begins
      boolean midSentence = cue.map(Tables.Cue::clauseStart).orElse(false) && Character.isLowerCase(line.charAt(0));
      if (SEPARATOR.matcher(line).matches() || (cue.isPresent() && !midSentence && (!lines.isEmpty() || opensPreamble))
          || (upper && !lines.isEmpty() && !capitals)
          || (upper && (authority(words) || typedAuthority(words)) && !namesTerm(page, i))
          || Tables.HEADINGS.whole(words).isPresent() || citesByType(words)) {
        break;
      }
      int letter = line.codePoints().filter(Character::isLetter).findFirst().orElse('a');
      if (capitals && afterCapitals && !upper && Character.isUpperCase(letter)) {
        // a title in capitals goes on in lower case ("về xây dựng ..."); a line that opens a sentence after
        // them begins the text, where a copy lost the rule under the title
        break;
      }
      afterCapitals = capitals && !upper;
      capitals = lines.isEmpty() ? upper : capitals;
      lines.add(line);
    }
    return lines.isEmpty() ? null : new Extracted<>(String.join(" ", lines).replaceAll("\\s+", " "), page.page, lines.get(0));
  }

  /**
   * True when a line after a blank line goes on with the subject: web copies put a blank line after every
   * printed line, so a subject broken mid-sentence goes on in lower case ("... kinh phí sự" / "nghiệp từ
   * nguồn ..."), and a subject in capitals goes on in capitals, up to the authority line below it.
   */
  private static boolean continuesSubject(String next, boolean capitals, boolean doubleSpaced) {
    int first = next.codePoints().filter(Character::isLetter).findFirst().orElse('A');
    if (Character.isLowerCase(first)) {
      return true;
    }
    List<Token> words = PageText.tokensOf(next);
    boolean upper = PageText.isHeading(next);
    if (upper && (authority(words) || typedAuthority(words) || Tables.HEADINGS.whole(words).isPresent())) {
      return false;
    }
    // a line of a double-spaced copy goes on with the title unless it opens a clause or ends a sentence,
    // as a preamble's or a body's paragraph does ("Hưng" / "Yên, tỉnh Ninh Bình ...")
    boolean paragraph = Tables.CUES.at(words, 0).isPresent() || SENTENCE_END.matcher(next).find()
        || SEPARATOR.matcher(next).matches();
    return capitals ? upper : doubleSpaced && !upper && !paragraph;
  }

  /**
   * True when the page's lines stand one blank line apart, as web copies print them: then a blank line
   * no longer ends a paragraph, only the words say where the subject ends.
   */
  private static boolean doubleSpaced(PageText page) {
    int text = 0;
    int followed = 0;
    for (int i = 0; i + 1 < Math.min(page.lineCount(), HEADING_REACH); i++) {
      if (!page.line(i).isBlank()) {
        text++;
        followed += page.line(i + 1).isBlank() ? 0 : 1;
      }
    }
    return text > 0 && followed <= text * DOUBLE_SPACED_SHARE;
  }

  /**
   * A line naming who issues the document, above its preamble: a body ("CHÍNH PHỦ", "ỦY BAN THƯỜNG VỤ QUỐC
   * HỘI") or a title over a body ("BỘ TRƯỞNG BỘ TÀI CHÍNH", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ...").
   */
  private static boolean authority(List<Token> words) {
    int from = Tables.TITLES.at(words, 0).map(Phrases.Match::end).orElse(0);
    // the whole line, or a committee followed by its place: "QUẢN LÝ THUẾ" is no "Quận ủy"; the head of State
    // followed by the State's name, "CHỦ TỊCH NƯỚC VIỆT NAM DÂN CHỦ CỘNG HOÀ" (a title that is a body of its own)
    return Issuers.at(words, from).or(() -> Issuers.at(words, 0))
        .filter(n -> n.end() == words.size() || (n.committee() != null && n.end() - n.start() >= AUTHORITY_WORDS)
            || Tables.documentCue("state-name").at(words, n.end()).filter(m -> m.end() == words.size()).isPresent())
        .isPresent();
  }

  /**
   * The authority line as texts before Nghị định 30/2020/NĐ-CP printed it, the type and whose it is: "LỆNH CỦA
   * CHỦ TỊCH NƯỚC" (over "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "NGHỊ ĐỊNH CỦA HỘI ĐỒNG CHÍNH PHỦ"; it opens the
   * preamble and ends the subject above it.
   */
  private static boolean typedAuthority(List<Token> words) {
    Optional<Phrases.Match<String>> type = Tables.HEADINGS.at(words, 0);
    Optional<Phrases.Match<String>> of = type.flatMap(t -> Tables.documentCue("heading-issuer").at(words, t.end()));
    if (of.isEmpty() || of.get().end() >= words.size()) {
      return false;
    }
    List<Token> rest = words.subList(of.get().end(), words.size());
    return Tables.TITLES.at(rest, 0).isPresent() || authority(rest);
  }

  /** A line opening with a type and "số": the text a consolidated one was made from, not its subject. */
  private static boolean citesByType(List<Token> words) {
    Optional<Phrases.Match<String>> type = Tables.HEADINGS.at(words, 0);
    return type.isPresent() && type.get().end() < words.size() && words.get(type.get().end()).norm().equals("so");
  }

  /** The next line after {@code i} with text, or -1. */
  private static int nextWithText(PageText page, int i) {
    for (int j = i + 1; j < page.lineCount(); j++) {
      if (!page.line(j).isBlank()) {
        return j;
      }
    }
    return -1;
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
    List<Token> words = page.lineTokens(i);
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
    List<Token> words = page.lineTokens(line);
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
          || Tables.documentCue("addressee").at(PageText.tokensOf(next), 0).isPresent()) {
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
        // a web copy breaks the place over two lines: "Cà" / "Mau, ngày 21 tháng 02 năm 2022"
        String above = i > 0 && before.isBlank() ? page.line(i - 1).strip() : "";
        if (Tables.place(PageText.tokensOf(printed)).isEmpty() && !above.isEmpty()
            && Tables.place(PageText.tokensOf(above + " " + printed)).isPresent()) {
          printed = above + " " + printed;
        }
        String place = Tables.place(PageText.tokensOf(printed)).orElse(printed);
        return new PlaceDate(place, date.get().date());
      }
    }
    return null;
  }

  /**
   * The issuer: the body that "ban hành" the document in its own words, else the header's body (with
   * the signature's standing part: "T/M BAN THƯỜNG VỤ" under "HUYỆN ỦY ĐAM RÔNG" is "Ban Thường vụ Huyện
   * ủy Đam Rông"), else the signature's standing part with the committee of the number's issuer code, else the
   * body the sentence announcing a copy without header, or its title line, names ({@code announced}), else the
   * authority line's, else
   * the body the number's issuer code names. A complete body signed for ("T/M BỘ CHÍNH TRỊ") comes first, then one the heading names ("CHỈ THỊ
   * CỦA BỘ CHÍNH TRỊ"): a scan may have lost the signature.
   */
  private static Extracted<String> issuer(List<PageText> pages, int top, int heading, Own own,
      SignatureReader.Signature signature, boolean consolidated, Extracted<String> announced) {
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
    // a consolidated text repeats the preamble of the text it consolidates ("Chính phủ ban hành Nghị
    // định"), but the body that consolidates it is the one its header names
    Extracted<String> issued = consolidated ? null : issuedBy(pages);
    Extracted<String> header = header(pages.get(0), top, own, onBehalfOf);
    if (header != null && (issued == null || header.value().startsWith(issued.value()))) {
      return header;
    }
    if (issued != null) {
      return placed(issued, header != null ? header : announced);
    }
    String committee = own == null || own.issuerCode() == null ? null : Tables.COMMITTEE_BY_ISSUER_CODE.get(own.issuerCode());
    Optional<Tables.Body> standing = standing(onBehalfOf);
    if (committee != null && standing.isPresent()) {
      return new Extracted<>(standing.get().name() + " " + committee, pages.get(0).page, own.line());
    }
    if (announced != null) {
      // the sentence announcing a copy that lost its header names the body in full, "Ban Tuyên giáo Tỉnh ủy Trà
      // Vinh", where the number's code (BTGTU) names only the kind of board
      return announced;
    }
    Extracted<String> authority = authorityLine(pages.get(0), heading);
    return authority != null ? authority : ofIssuerCode(pages.get(0), own);
  }

  /**
   * The standing part of a committee that a Party text's own words name without its place ("Ban Thường vụ Tỉnh ủy
   * ban hành ..."), with the place the header or the announcing lead gives the same committee ("Tỉnh ủy Thừa Thiên
   * Huế"): a standing committee's documents are printed under its committee's name (Hướng dẫn 36-HD/VPTW).
   */
  private static Extracted<String> placed(Extracted<String> issued, Extracted<String> named) {
    if (named == null) {
      return issued;
    }
    List<Token> words = PageText.tokensOf(issued.value());
    Optional<Issuers.Name> bare = Issuers.at(words, 0)
        .filter(n -> n.end() == words.size() && n.committee() != null && n.place() == null);
    List<Token> other = PageText.tokensOf(named.value());
    Optional<Issuers.Name> full = Issuers.at(other, 0)
        .filter(n -> n.end() == other.size() && n.place() != null && bare.isPresent()
            && n.committee().equals(bare.get().committee()));
    return full.map(n -> new Extracted<>(issued.value() + " " + n.place(), issued.page(), issued.sourceText()))
        .orElse(issued);
  }

  /**
   * A committee the header leaves bare ("ỦY BAN NHÂN DÂN"), completed with the level and place the authority
   * line gives ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH NINH BÌNH"), else with the province the place and date line
   * names ("Phú Thọ, ngày ..." under a committee: Ủy ban nhân dân tỉnh Phú Thọ), or whose seat it names
   * while it was the seat ("Long Xuyên, ngày ... 2010": Ủy ban nhân dân tỉnh An Giang). The city's own committee
   * prints the seat too, but copies were seen to lose the line under "ỦY BAN NHÂN DÂN" of provinces' headers, so
   * the province is read.
   */
  private static Extracted<String> withPlace(Extracted<String> issuer, PageText page, int heading,
      Extracted<String> place, Extracted<LocalDate> date) {
    boolean bare = issuer != null && Issuers.body(issuer.value()).filter(b -> b.role() == Tables.BodyRole.COMMITTEE).isPresent();
    if (!bare) {
      return issuer;
    }
    Extracted<String> authority = authorityLine(page, heading);
    if (authority != null && authority.value().startsWith(issuer.value() + " ")) {
      return authority;
    }
    String province = place == null ? null : Tables.province(place.value(), date == null ? null : date.value());
    return province == null ? issuer : new Extracted<>(issuer.value() + " " + province, place.page(), place.sourceText());
  }

  /**
   * The body an authority line names between the subject and the preamble, when the header was lost:
   * "THỦ TƯỚNG CHÍNH PHỦ", "BỘ TRƯỞNG BỘ TÀI CHÍNH" (Bộ Tài chính), "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SƠN LA"
   * (Ủy ban nhân dân tỉnh Sơn La); or null.
   */
  private static Extracted<String> authorityLine(PageText page, int heading) {
    if (heading < 0) {
      return null;
    }
    for (int i = heading + 1; i < Math.min(page.lineCount(), heading + HEADING_REACH); i++) {
      String line = page.line(i).strip();
      List<Token> words = page.strippedLineTokens(i);
      if (Tables.CUES.at(words, 0).map(c -> PREAMBLE.contains(c.value().relation())).orElse(false)) {
        return null;
      }
      if (PageText.isHeading(line) && authority(words)) {
        int titled = Tables.TITLES.at(words, 0).map(Phrases.Match::end).orElse(0);
        // "THỦ TƯỚNG CHÍNH PHỦ" is a body of its own (the Prime Minister issues, not the Government);
        // "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ..." speaks for the committee
        boolean ownBody = Issuers.at(words, 0).filter(n -> n.end() == words.size()).isPresent()
            && Issuers.at(words, titled).filter(n -> n.committee() == null).isPresent();
        int from = titled > 0 && !ownBody && Issuers.at(words, titled).isPresent() ? titled : 0;
        Issuers.Name n = Issuers.at(words, from).orElseThrow();
        String name = n.committee() != null && n.place() == null && n.end() < words.size()
            ? n.name() + " " + Spelling.titleCase(line.substring(words.get(n.end()).start())) : n.name();
        return new Extracted<>(name, page.page, line);
      }
    }
    return null;
  }

  /**
   * The body the number's issuer code names when it names one complete body (TTg: Thủ tướng Chính phủ,
   * BTC: Bộ Tài chính): the last resort of a copy that lost its header, whose signature says only "KT. THỦ
   * TƯỚNG" or "KT. BỘ TRƯỞNG".
   */
  private static Extracted<String> ofIssuerCode(PageText page, Own own) {
    if (own == null || own.issuerCode() == null) {
      return null;
    }
    return IssuerCodes.name(own.issuerCode()).filter(Tables::isCodeBody)
        .flatMap(Issuers::body).filter(b -> b.role() == Tables.BodyRole.BODY)
        .map(b -> new Extracted<>(b.name(), page.page, own.line())).orElse(null);
  }

  private static Optional<Tables.Body> standing(String onBehalfOf) {
    return onBehalfOf == null ? Optional.empty()
        : Issuers.body(onBehalfOf).filter(b -> b.role() == Tables.BodyRole.STANDING);
  }

  /**
   * The body that issues the document in its own words: the preamble's closing formula of a State document
   * ("Bộ trưởng Bộ Tài chính ban hành Thông tư ...", "Chính phủ ban hành Nghị định ...", Nghị định
   * 30/2020/NĐ-CP), or a Party plan's opening sentence ("..., Ban Thường vụ Huyện ủy Đam Rông ban hành Kế
   * hoạch ..."), or a Party Quy định's enacting sentence ("Ban Bí thư quy định về ... như sau:", Hướng dẫn
   * 36-HD/VPTW). The name opens a clause, follows a comma or the issuer's title, and "ban hành" is followed
   * by a type of document; a cited document's issuer ("Quyết định số 35/2024/QĐ-UBND của Ủy ban nhân dân
   * tỉnh ban hành Quy chế") follows "của" and is not taken.
   */
  private static Extracted<String> issuedBy(List<PageText> pages) {
    for (PageText page : pages) {
      List<Token> tokens = page.tokens;
      int body = bodyStart(page);
      for (int k = 1; k < tokens.size() && tokens.get(k).start() < body; k++) {
        int at = k;
        Optional<Phrases.Match<String>> cue = Tables.documentCue("issued").at(tokens, k)
            .filter(c -> Tables.HEADINGS.at(tokens, c.end()).isPresent())
            .or(() -> Tables.documentCue("enacting").at(tokens, at));
        if (cue.isEmpty()) {
          continue;
        }
        for (int s = Math.max(0, k - ISSUED_REACH); s < k; s++) {
          Optional<Issuers.Name> name = Issuers.at(tokens, s)
              .filter(n -> n.end() == at || termBetween(page, n.end(), at))
              .filter(n -> opensClause(page, tokens, n.start()));
          if (name.isPresent()) {
            return new Extracted<>(name.get().name(), page.page, page.lineAt(tokens.get(s).start()));
          }
        }
      }
      if (body < page.text.length()) {
        // the body began on this page: the pages after it hold no preamble
        return null;
      }
    }
    return null;
  }

  /** True when line {@code i} names a committee's term ({@link #TERM_NAMED}). */
  private static boolean namesTerm(PageText page, int i) {
    int start = page.lineStart(i);
    return TERM_NAMED.matcher(page.lower()).region(start, start + page.line(i).length()).find();
  }

  /**
   * True when tokens {@code from} to {@code to} are a committee's term in brackets, which Party texts print after the
   * committee's name: "Ban Thường vụ Tỉnh ủy (khóa XV) ban hành chương trình", "Ban Chấp hành Đảng bộ tỉnh (khóa XVI)".
   */
  private static boolean termBetween(PageText page, int from, int to) {
    if (to - from != 2 || from == 0 || to >= page.tokens.size()) {
      return false;
    }
    String between = page.lower().substring(page.tokens.get(from - 1).end(), page.tokens.get(to).start());
    return TERM.matcher(between).matches();
  }

  /**
   * Where the body begins on a page: the start of the first line that opens with "Điều 1", "Chương I",
   * "Phần I" or a section "I." (body-start in document-cues.txt), else the page's end. The issuer names
   * itself before it, in the preamble or a plan's opening sentence.
   */
  private static int bodyStart(PageText page) {
    for (int i = 0; i < page.lineCount(); i++) {
      List<Token> words = page.lineTokens(i);
      Optional<Phrases.Match<String>> start = Tables.documentCue("body-start").at(words, 0);
      // a section's numeral stands before its period: "I. MỤC ĐÍCH", not the word "I" of a sentence
      boolean numeral = start.filter(s -> s.value().length() == 1).isPresent();
      if (start.isPresent() && (!numeral || page.line(i).strip().startsWith(start.get().value() + "."))) {
        return page.lineStart(i);
      }
    }
    return page.text.length();
  }

  /** True when a name at token {@code i} opens its clause, follows a comma, or follows the issuer's title only. */
  private static boolean opensClause(PageText page, List<Token> tokens, int i) {
    int offset = tokens.get(i).start();
    if (afterComma(page, offset) || page.startsClause(offset)) {
      return true;
    }
    for (int t = Math.max(0, i - TITLE_WORDS); t < i; t++) {
      if (page.startsClause(tokens.get(t).start())
          && Tables.TITLES.whole(tokens.subList(t, i)).isPresent()) {
        return true;
      }
    }
    return false;
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
