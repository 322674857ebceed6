package vn.vankho.ingest.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.Optional;
import vn.vankho.text.DocumentNumbers;
import vn.vankho.text.Phrases;

/**
 * A document whose header was lost, as web copies of Party documents print them, is named by the sentence that
 * announces it above its text: "Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 55-HD/BTGTW về tuyên truyền ...",
 * "Ngày 23/8/2017, Tỉnh ủy Thừa Thiên Huế đã ban hành Chương trình số 27-CTr/TU về ...", "... vừa ký Chỉ thị số
 * 40-CT/TW ngày 11/12/2024 của Ban Bí thư về việc ...". The cue ("announced" in index-config/document-cues.txt)
 * is followed by a type and "số"; the number after it is the document's when its type code is that type's; the
 * date follows the number or opens the sentence or the lead's line; the issuer follows "của" after them, stands
 * before the cue ("đã", "vừa" between), or is the body signed on behalf of ("Thay mặt Ban Bí thư, ..."); the subject
 * runs from "về" to the end of the sentence.
 */
record Announcement(DocumentNumbers.Found number, String line, String type, Extracted<LocalDate> date,
    Extracted<String> issuer, Extracted<String> subject) {
  /** Characters between the number and its date ("ngày 11/12/2024"), or the sentence's start and its date. */
  private static final int DATE_REACH = 20;
  /** Words between the number (or its date, or its issuer) and the "về" that opens the subject. */
  private static final int SUBJECT_REACH = 3;
  /** Words before the cue where the issuer's name may begin. */
  private static final int ISSUER_REACH = 12;
  /** Words a signer's title may run before the body that ends it ("Thường trực" before "Ban Bí thư"). */
  private static final int TITLE_REACH = 4;

  /**
   * The announcing sentence on the lines above {@code top} of the first page. A news item names its document more
   * than once, the sapo briefly and the lead in full ("Thường trực Ban Bí thư ký ban hành Kết luận số ... về ..." /
   * "Thay mặt Bộ Chính trị, ... ký ban hành Kết luận số ..., ngày ... về ..."): what the first sentence leaves out,
   * a later one that names the same number gives.
   */
  static Optional<Announcement> read(PageText page, int top) {
    List<Announcement> found = sentences(page, top);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Announcement first = found.get(0);
    List<Announcement> same = first.number() == null ? List.of(first) : found.stream()
        .filter(a -> a.number() != null && a.number().number().canonical().equals(first.number().number().canonical()))
        .toList();
    return Optional.of(new Announcement(first.number(), first.line(), first.type(),
        firstOf(same, Announcement::date), firstOf(same, Announcement::issuer), firstOf(same, Announcement::subject)));
  }

  private static <T> T firstOf(List<Announcement> sentences, Function<Announcement, T> field) {
    return sentences.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
  }

  /** Every announcing sentence above {@code top}, in their order. */
  private static List<Announcement> sentences(PageText page, int top) {
    List<Announcement> found = new ArrayList<>();
    int end = top < page.lineCount() ? page.lineStart(top) : page.text.length();
    List<Token> tokens = page.tokens;
    String lower = page.lower();
    for (int k = 0; k < tokens.size() && tokens.get(k).start() < end; k++) {
      Optional<Phrases.Match<String>> cue = Tables.documentCue("announced").at(tokens, k);
      if (cue.isEmpty()) {
        continue;
      }
      Optional<Phrases.Match<String>> type = Tables.HEADINGS.at(tokens, cue.get().end());
      int label = type.map(Phrases.Match::end).orElse(tokens.size());
      if (label + 1 >= tokens.size()) {
        continue;
      }
      String code = type.get().value();
      String line = page.lineAt(tokens.get(k).start());
      DocumentNumbers.Found number;
      int after;
      int bracket = page.text.length();
      if (tokens.get(label).norm().equals("so")) {
        number = page.numbers().stream()
            .filter(f -> f.start() >= tokens.get(label).end() && f.start() <= tokens.get(label + 1).start())
            // a number without a type code ("Chỉ thị số 17") does not name the announced document for sure
            .filter(f -> f.number().type() != null && MetadataReader.sameType(f.number().type(), code))
            .findFirst().orElse(null);
        after = number != null ? number.end() : tokens.get(label + 1).end();
      } else {
        // the news names the document first and its number after, in brackets: "... ký ban hành Kết luận của Bộ
        // Chính trị, Ban Bí thư về ... (Kết luận số 200-KL/TW)."; the issuer and subject follow the type
        number = bracketed(page, label, code).orElse(null);
        if (number == null) {
          continue;
        }
        after = tokens.get(label - 1).end();
        bracket = page.text.lastIndexOf('(', number.start());
      }
      Optional<Dates.Found> dated = Dates.first(lower, after, after + DATE_REACH);
      int sentence = page.clauseStart(tokens.get(k).start());
      int lineStart = page.lineStart(page.lineIndexAt(tokens.get(k).start()));
      int cueStart = tokens.get(k).start();
      int cueToken = k;
      // the date opens the sentence, or the lead's line before the issuer: "(TCTA) Ngày 22/12/2025, Ban Bí thư ban hành"
      Optional<Dates.Found> date = dated.or(() -> Dates.first(lower, sentence, sentence + DATE_REACH))
          .or(() -> Dates.first(lower, lineStart, cueStart));
      Named named = Named.after(page, page.tokenIndexAt(dated.map(Dates.Found::end).orElse(after)), bracket, line);
      Extracted<String> issuer = named.issuer();
      if (issuer == null && !named.joint()) {
        // the body signed for names the issuer before anything in the signer's titles ("Thay mặt Bộ Chính trị,
        // đồng chí ..., Thường trực Ban Bí thư, vừa ký ban hành ...": the Politburo's, not the Secretariat's)
        issuer = onBehalf(page, lineStart, cueToken).or(() -> before(tokens, cueToken))
            .map(n -> new Extracted<>(n.name(), page.page, line)).orElse(null);
      }
      found.add(new Announcement(number, line, code,
          date.map(d -> new Extracted<>(d.date(), page.page, line)).orElse(null), issuer, named.subject()));
    }
    return found;
  }

  /**
   * What follows a document's number and date where a sentence or a title line names it: its issuer after "của"
   * (null when several bodies issued it jointly, "của Bộ Chính trị, Ban Bí thư về ..."), and its subject from "về".
   */
  record Named(Extracted<String> issuer, boolean joint, Extracted<String> subject) {
    /** Read from token {@code next} on, the subject ending at {@code limit} at the latest. */
    static Named after(PageText page, int next, int limit, String line) {
      List<Token> tokens = page.tokens;
      Extracted<String> issuer = null;
      boolean joint = false;
      if (next < tokens.size() && tokens.get(next).norm().equals("cua")) {
        Optional<Issuers.Name> of = Issuers.at(tokens, next + 1);
        if (of.isPresent()) {
          issuer = new Extracted<>(of.get().name(), page.page, line);
          next = of.get().end();
          for (Optional<Issuers.Name> also = Issuers.at(tokens, next); also.isPresent();
              also = Issuers.at(tokens, next)) {
            joint = true;
            next = also.get().end();
          }
        }
      }
      return new Named(joint ? null : issuer, joint, Announcement.subject(page, next, limit, line));
    }
  }

  /** The issuer whose name ends right before the cue, or before "đã" or "vừa" before it. */
  private static Optional<Issuers.Name> before(List<Token> tokens, int cue) {
    int at = cue;
    while (at > 0 && List.of("da", "vua").contains(tokens.get(at - 1).norm())) {
      at--;
    }
    int verb = at;
    for (int s = Math.max(0, verb - ISSUER_REACH); s < verb; s++) {
      Optional<Issuers.Name> name = Issuers.at(tokens, s).filter(n -> n.end() == verb);
      if (name.isPresent()) {
        // a body that ends a signer's title names the person who signed, not the issuer ("Thường trực Ban Bí thư")
        return titled(tokens, s, verb) ? Optional.empty() : name;
      }
    }
    return Optional.empty();
  }

  /** True when a title of signer-titles.txt begins up to {@link #TITLE_REACH} words before {@code s} and ends at {@code end}. */
  private static boolean titled(List<Token> tokens, int s, int end) {
    for (int t = Math.max(0, s - TITLE_REACH); t < s; t++) {
      if (Tables.TITLES.at(tokens, t).filter(m -> m.end() == end).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The number in brackets after token {@code label} on the announcing line, labelled only by its type and "số"
   * ("(Kết luận số 200-KL/TW)", the label doubled by a copy too), of the announced type.
   */
  private static Optional<DocumentNumbers.Found> bracketed(PageText page, int label, String code) {
    int from = page.tokens.get(label).start();
    int lineEnd = page.lineStart(page.lineIndexAt(from)) + page.line(page.lineIndexAt(from)).length();
    for (DocumentNumbers.Found f : page.numbers()) {
      if (f.start() < from || f.start() >= lineEnd || f.number().type() == null
          || !MetadataReader.sameType(f.number().type(), code)) {
        continue;
      }
      int open = page.text.lastIndexOf('(', f.start());
      if (open < from || page.text.indexOf(')', open) < f.start()) {
        continue;
      }
      // only the type's words and "số" between the bracket and the number
      List<Token> words = PageText.tokensOf(page.text.substring(open + 1, f.start()));
      int i = 0;
      while (i < words.size()) {
        Optional<Phrases.Match<String>> t = Tables.HEADINGS.at(words, i).filter(m -> m.value().equals(code));
        i = t.isPresent() ? t.get().end() : words.get(i).norm().equals("so") ? i + 1 : -1;
        if (i < 0) {
          break;
        }
      }
      if (i == words.size() && !words.isEmpty()) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /** The body a lead says the document was signed on behalf of, between {@code from} and the cue: "Thay mặt Ban Bí thư, ...". */
  private static Optional<Issuers.Name> onBehalf(PageText page, int from, int cue) {
    List<Token> tokens = page.tokens;
    for (int s = page.tokenIndexAt(from); s < cue; s++) {
      Optional<Phrases.Match<String>> words = Tables.documentCue("on-behalf").at(tokens, s);
      Optional<Issuers.Name> body = words.flatMap(w -> Issuers.at(tokens, w.end()));
      if (body.isPresent()) {
        return body;
      }
    }
    return Optional.empty();
  }

  /** From "về" within a few words of token {@code from} to the end of the sentence or of the line, or to {@code limit}. */
  private static Extracted<String> subject(PageText page, int from, int limit, String line) {
    for (int i = from; i < Math.min(page.tokens.size(), from + SUBJECT_REACH); i++) {
      if (page.tokens.get(i).norm().equals("ve")) {
        int start = page.tokens.get(i).start();
        int lineEnd = Math.min(limit,
            page.lineStart(page.lineIndexAt(start)) + page.line(page.lineIndexAt(start)).length());
        int stop = start;
        while (stop < lineEnd && !(page.text.charAt(stop) == '.'
            && (stop + 1 == lineEnd || Character.isWhitespace(page.text.charAt(stop + 1))))) {
          stop++;
        }
        String subject = page.text.substring(start, stop).strip();
        return subject.isEmpty() ? null : new Extracted<>(subject, page.page, line);
      }
    }
    return null;
  }
}
