package vn.vankho.ingest.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vankho.text.Diacritics;
import vn.vankho.text.DocumentNumbers;

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
    List<DocumentNumbers.Found> numbers = Numbers.find(page.text).stream()
        .filter(f -> !f.number().canonical().equals(ownNumber))
        .toList();
    Map<DocumentNumbers.Found, Citation.Relation> relations = relations(page, numbers);
    String lower = Diacritics.lower(page.folded);
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

  /** The relation each cue gives to the number it governs. */
  private static Map<DocumentNumbers.Found, Citation.Relation> relations(PageText page,
      List<DocumentNumbers.Found> numbers) {
    Map<DocumentNumbers.Found, Citation.Relation> relations = new LinkedHashMap<>();
    List<Token> tokens = page.tokens;
    for (int i = 0; i < tokens.size(); i++) {
      Optional<Phrases.Match<Tables.Cue>> cue = Tables.CUES.at(tokens, i);
      if (cue.isEmpty()) {
        continue;
      }
      int cueStart = tokens.get(i).start();
      int cueEnd = tokens.get(cue.get().end() - 1).end();
      i = cue.get().end() - 1;
      if (cue.get().value().clauseStart() && !page.startsClause(cueStart)) {
        continue;
      }
      numbers.stream().filter(f -> f.start() >= cueEnd).findFirst()
          .filter(f -> !page.clauseEndsBetween(cueEnd, f.start()))
          .filter(f -> page.tokenIndexAt(f.start()) - cue.get().end() <= CUE_REACH)
          .ifPresent(f -> relations.put(f, cue.get().value().relation()));
    }
    return relations;
  }
}
