package vn.vankho.ingest.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vankho.text.DocumentNumbers;
import vn.vankho.text.Phrases;

/**
 * The documents a document cites, each once, with its strongest relation (see {@link Citation.Relation}).
 *
 * <p>A cue (index-config/citation-cues.txt) governs the first number after it in the same clause, at
 * most {@value #CUE_REACH} words on: "Căn cứ Chỉ thị số 41-CT/TW" is basis, but in "Thực hiện Kế hoạch
 * số 152-KH/TU ... về thực hiện Chỉ thị số 41-CT/TW" only 152-KH/TU is implemented by this document;
 * 41-CT/TW is what 152-KH/TU implements. Every other number is a mention. The date and issuer of a
 * citation are read right after its number: "152-KH/TU, ngày 28/02/2025 của Ban Thường vụ Tỉnh ủy".
 */
final class CitationReader {
  static final int CUE_REACH = 14;
  /** Words a clause may open with before the cue of what the document does ("Về việc bãi bỏ", "Điều 1."). */
  private static final int OPENING_WORDS = 3;
  /** Characters between a number and its date: ", ngày ". */
  private static final int DATE_REACH = 14;
  /** Words between a number (or its date) and its issuer: "của". */
  private static final int ISSUER_REACH = 3;

  private CitationReader() {}

  static List<Citation> read(List<PageText> pages, String ownNumber) {
    Map<String, Citation> byNumber = new LinkedHashMap<>();
    for (PageText page : pages) {
      for (Citation c : readPage(page, ownNumber)) {
        byNumber.merge(c.number(), c, CitationReader::merge);
      }
    }
    return List.copyOf(byNumber.values());
  }

  private static Citation merge(Citation kept, Citation later) {
    Citation strongest = later.relation().strongerThan(kept.relation()) ? later : kept;
    LocalDate date = kept.date() != null ? kept.date() : later.date();
    String issuer = kept.issuer() != null ? kept.issuer() : later.issuer();
    return new Citation(kept.number(), date, issuer, strongest.relation(), strongest.page(), strongest.sourceText());
  }

  private static List<Citation> readPage(PageText page, String ownNumber) {
    List<DocumentNumbers.Found> numbers = page.numbers().stream()
        .filter(f -> !f.number().canonical().equals(ownNumber))
        .toList();
    Map<DocumentNumbers.Found, Citation.Relation> relations = relations(page, numbers);
    String lower = page.lower();
    List<Citation> citations = new ArrayList<>();
    for (DocumentNumbers.Found f : numbers) {
      int at = f.end();
      Optional<Dates.Found> date = Dates.first(lower, at, at + DATE_REACH);
      if (date.isPresent()) {
        at = date.get().end();
      }
      Optional<Issuers.Name> issuer = Issuers.near(page.tokens, page.tokenIndexAt(at), ISSUER_REACH)
          .filter(n -> !page.clauseEndsBetween(f.end(), page.tokens.get(n.start()).start()));
      if (issuer.isPresent() && date.isEmpty()) {
        int afterIssuer = page.tokens.get(issuer.get().end() - 1).end();
        date = Dates.first(lower, afterIssuer, afterIssuer + DATE_REACH);
      }
      citations.add(new Citation(f.number().canonical(), date.map(Dates.Found::date).orElse(null),
          issuer.map(Issuers.Name::name).orElse(null), relations.getOrDefault(f, Citation.Relation.MENTIONS),
          page.page, page.lineAt(f.start())));
    }
    return citations;
  }

  /**
   * The relation of each number, read from the clause that holds it (Nghị định 30/2020/NĐ-CP: the preamble
   * is a list of clauses, each opened by its cue; an article says what the document does):
   * <ul>
   *   <li>a clause opened by "Căn cứ" or "Theo đề nghị" gives its relation to every number in it, the laws
   *       that amended the one cited too ("Căn cứ Luật Doanh nghiệp số 59/2020/QH14 được sửa đổi, bổ sung
   *       bởi Luật số 03/2022/QH15");
   *   <li>"Thực hiện" gives it to the first number after it only: what the cited one itself implements is
   *       not implemented by this document;
   *   <li>"thay thế", "bãi bỏ", "sửa đổi, bổ sung" count where the document acts: opening the clause
   *       ("Bãi bỏ Thông tư số ...", "Về việc bãi bỏ ...", "Điều 1. Sửa đổi ...") or after the document
   *       naming itself ("Thông tư này thay thế ..."), never in the passive ("được sửa đổi, bổ sung bởi",
   *       "Được thay thế bởi" in a table of texts).
   * </ul>
   */
  private static Map<DocumentNumbers.Found, Citation.Relation> relations(PageText page,
      List<DocumentNumbers.Found> numbers) {
    Map<DocumentNumbers.Found, Citation.Relation> relations = new LinkedHashMap<>();
    List<Token> tokens = page.tokens;
    for (DocumentNumbers.Found f : numbers) {
      int clause = page.tokenIndexAt(page.clauseStart(f.start()));
      int at = page.tokenIndexAt(f.start());
      Optional<Phrases.Match<Tables.Cue>> opening = Tables.CUES.at(tokens, clause)
          .filter(c -> c.value().clauseStart());
      if (opening.isPresent()) {
        Citation.Relation r = opening.get().value().relation();
        boolean first = numbers.stream().filter(n -> page.tokenIndexAt(n.start()) >= opening.get().end())
            .findFirst().map(n -> n == f).orElse(false);
        if (r != Citation.Relation.IMPLEMENTS || (first && at - opening.get().end() <= CUE_REACH)) {
          relations.put(f, r);
        }
        continue;
      }
      for (int i = at - 1; i >= clause; i--) {
        Optional<Phrases.Match<Tables.Cue>> cue = Tables.CUES.at(tokens, i).filter(c -> !c.value().clauseStart());
        if (cue.isPresent() && cue.get().end() <= at) {
          if (acts(tokens, clause, i)) {
            relations.put(f, cue.get().value().relation());
          }
          break;
        }
      }
    }
    return relations;
  }

  /** True when the cue at token {@code cue} says what this document does, not what was done to the cited one. */
  private static boolean acts(List<Token> tokens, int clause, int cue) {
    if (cue > clause && Tables.documentCue("passive").at(tokens, cue - 1).isPresent()) {
      return false;
    }
    if (cue - clause <= OPENING_WORDS) {
      return true;
    }
    for (int i = clause; i + 1 < cue; i++) {
      if (Tables.HEADINGS.at(tokens, i).map(m -> m.end() < cue
          && Tables.documentCue("self").at(tokens, m.end()).isPresent()).orElse(false)) {
        return true;
      }
    }
    return false;
  }
}
