package vn.vankho.ingest.metadata;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.vankho.text.Diacritics;
import vn.vankho.text.DocumentNumbers;

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

  /** The announcing sentence on the lines above {@code top} of the first page. */
  static Optional<Announcement> read(PageText page, int top) {
    int end = top < page.lineCount() ? page.lineStart(top) : page.text.length();
    List<Token> tokens = page.tokens;
    String lower = Diacritics.lower(page.folded);
    for (int k = 0; k < tokens.size() && tokens.get(k).start() < end; k++) {
      Optional<Phrases.Match<String>> cue = Tables.documentCue("announced").at(tokens, k);
      if (cue.isEmpty()) {
        continue;
      }
      Optional<Phrases.Match<String>> type = Tables.HEADINGS.at(tokens, cue.get().end());
      int label = type.map(Phrases.Match::end).orElse(tokens.size());
      if (label + 1 >= tokens.size() || !tokens.get(label).norm().equals("so")) {
        continue;
      }
      String code = type.get().value();
      DocumentNumbers.Found number = page.numbers().stream()
          .filter(f -> f.start() >= tokens.get(label).end() && f.start() <= tokens.get(label + 1).start())
          // a number without a type code ("Chỉ thị số 17") does not name the announced document for sure
          .filter(f -> f.number().type() != null && MetadataReader.sameType(f.number().type(), code))
          .findFirst().orElse(null);
      int after = number != null ? number.end() : tokens.get(label + 1).end();
      String line = page.lineAt(tokens.get(k).start());
      Optional<Dates.Found> dated = Dates.first(lower, after, after + DATE_REACH);
      int sentence = page.clauseStart(tokens.get(k).start());
      int lineStart = page.lineStart(page.lineIndexAt(tokens.get(k).start()));
      int cueStart = tokens.get(k).start();
      int cueToken = k;
      // the date opens the sentence, or the lead's line before the issuer: "(TCTA) Ngày 22/12/2025, Ban Bí thư ban hành"
      Optional<Dates.Found> date = dated.or(() -> Dates.first(lower, sentence, sentence + DATE_REACH))
          .or(() -> Dates.first(lower, lineStart, cueStart));
      int next = page.tokenIndexAt(dated.map(Dates.Found::end).orElse(after));
      Extracted<String> issuer = null;
      if (next < tokens.size() && tokens.get(next).norm().equals("cua")) {
        Optional<Issuers.Name> of = Issuers.at(tokens, next + 1);
        if (of.isPresent()) {
          issuer = new Extracted<>(of.get().name(), page.page, line);
          next = of.get().end();
        }
      }
      if (issuer == null) {
        issuer = before(tokens, k).or(() -> onBehalf(page, lineStart, cueToken))
            .map(n -> new Extracted<>(n.name(), page.page, line)).orElse(null);
      }
      return Optional.of(new Announcement(number, line, code,
          date.map(d -> new Extracted<>(d.date(), page.page, line)).orElse(null), issuer, subject(page, next, line)));
    }
    return Optional.empty();
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
        return name;
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

  /** From "về" within a few words of token {@code from} to the end of the sentence or of the line. */
  private static Extracted<String> subject(PageText page, int from, String line) {
    for (int i = from; i < Math.min(page.tokens.size(), from + SUBJECT_REACH); i++) {
      if (page.tokens.get(i).norm().equals("ve")) {
        int start = page.tokens.get(i).start();
        int lineEnd = page.lineStart(page.lineIndexAt(start)) + page.line(page.lineIndexAt(start)).length();
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
