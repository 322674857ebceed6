package vn.vankho.ingest.awards;

import static vn.vankho.ingest.awards.AwardClauses.clause;
import static vn.vankho.ingest.awards.AwardClauses.form;
import static vn.vankho.ingest.awards.AwardClauses.formAuthority;
import static vn.vankho.ingest.awards.AwardParagraphs.bodyStart;
import static vn.vankho.ingest.awards.AwardParagraphs.itemBody;
import static vn.vankho.ingest.awards.AwardParagraphs.itemHeading;
import static vn.vankho.ingest.awards.AwardParagraphs.paragraphs;
import static vn.vankho.ingest.awards.AwardParagraphs.section;
import static vn.vankho.ingest.awards.AwardText.trim;
import static vn.vankho.ingest.awards.Counts.announced;
import static vn.vankho.ingest.awards.InlineLists.namesOne;
import static vn.vankho.ingest.awards.ReportClauses.awardingClauses;
import static vn.vankho.ingest.awards.ReportClauses.givenBy;
import static vn.vankho.ingest.awards.ReportClauses.listed;
import static vn.vankho.ingest.awards.ReportClauses.recalled;
import static vn.vankho.ingest.awards.ReportClauses.subjectCount;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.vankho.ingest.awards.AwardClauses.Clause;
import vn.vankho.ingest.awards.AwardParagraphs.Kind;
import vn.vankho.ingest.awards.AwardParagraphs.Paragraph;
import vn.vankho.ingest.awards.Counts.Count;
import vn.vankho.ingest.awards.ReportClauses.Awarding;
import vn.vankho.ingest.awards.ReportClauses.Recall;
import vn.vankho.text.Diacritics;
import vn.vankho.text.FoldedText;

/**
 * Reads the awards an award decision makes. An article that starts with an award verb ("Điều 1. Tặng
 * Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho ... trong phong trào "..."") names the form, the
 * authority, the achievement and the campaign; each numbered item under it, or in the list attached
 * to the decision, is one awardee. Lines are joined first, because a scan wraps long items.
 *
 * <p>As real decisions deviate from the form:
 * <ul>
 *   <li>an article may name its one awardee itself, after "cho", running on into what it did ("Tặng thưởng Bằng
 *   khen ... cho: Nhân dân và cán bộ thị xã Uông Bí, tỉnh Quảng Ninh, đã hoàn thành ..."); an article that counts
 *   its awardees ("cho 6 tập thể", "cho các cá nhân") names none;</li>
 *   <li>a document without articles (a Lệnh of the President) awards in a paragraph that starts with the verb;</li>
 *   <li>"Điều 1" may lack its period, and web copies glue words ("Cờ thi đuacủa Chính phủ"): a form is then
 *   looked for with the spaces left out;</li>
 *   <li>an awardee's name ends where what it did begins ("..., Đã có thành tích"), when the achievement of the
 *   whole list follows its last item on the next line.</li>
 * </ul>
 */
public final class AwardReader {
  /** A report's clause that counted its awardees without naming them, and its count. */
  private record Counting(Clause clause, Count count) {}

  private AwardReader() {}

  /**
   * The awards made by the decision whose pages read {@code pageTexts}, each folded (a {@link FoldedText}) or not;
   * empty for other documents.
   */
  public static List<ProposedAward> read(List<? extends CharSequence> pageTexts) {
    List<Paragraph> paragraphs = paragraphs(pageTexts);
    String documentCampaign = paragraphs.stream().map(p -> CampaignReader.first(p.folded())).filter(c -> c != null)
        .findFirst().orElse(null);
    List<ProposedAward> awards = new ArrayList<>();
    // a document without articles (a Lệnh) awards in a paragraph that opens with the verb
    boolean articles = paragraphs.stream().anyMatch(p -> p.kind() == Kind.ARTICLE);
    String title = paragraphs.isEmpty() ? "" : paragraphs.get(0).text();
    // what a passive that names no form refers to: the headline, or else the last paragraph before it that names a form
    String formBefore = title;
    Clause clause = null;
    boolean open = false;
    boolean listing = false; // a report's clause announced its list on the lines below, one awardee a line
    Counting counting = null; // the last clause of a report that counted its awardees without naming them

    AwardeeKind section = null;
    for (Paragraph p : paragraphs) {
      switch (p.kind()) {
        case ARTICLE -> {
          Clause read = clause(p.folded(), bodyStart(p.folded()), documentCampaign, null);
          open = read != null;
          clause = read == null ? clause : read;
          section = read == null ? null : read.counted();
          named(read, p).ifPresent(awards::add);
        }
        case HEADING -> section = section(p.folded(), section);
        case ITEM -> {
          AwardeeKind heading = itemHeading(p);
          ProposedAward award = open && heading == null ? award(p, clause, section) : null;
          section = heading != null ? heading : section;
          if (award != null) {
            awards.add(award);
          }
        }
        case LIST -> {
          // a list attached to the decision ("DANH SÁCH ... kèm theo Quyết định") belongs to its last award article
          open = clause != null;
          section = clause == null ? null : clause.counted();
        }
        case VERB, OTHER -> {
          if (!articles && listing && clause != null && namesOne(p.text().strip())) {
            // a list whose bullets the copy lost: each line one awardee ("Cụ thể:" then "Đoàn công tác cán bộ y tế ...")
            Optional.ofNullable(Awardees.award(p.text(), p.page(), p.text(), clause, section)).ifPresent(awards::add);
          } else if (!articles) {
            listing = false;
            List<Awarding> clauses = awardingClauses(p);
            Recall recall = clauses.isEmpty() && counting != null ? recalled(p.folded(), counting.count()) : null;
            if (recall != null) {
              for (String name : recall.names()) {
                Optional.ofNullable(Awardees.award(name, p.page(), p.text(), counting.clause(), recall.kind())).ifPresent(awards::add);
              }
              if (recall.names().size() < counting.count().value()
                  && (recall.names().isEmpty() || trim(p.text()).endsWith(trim(recall.names().get(recall.names().size() - 1))))) {
                // it names fewer than were counted and ends on the last it names: the others follow one a line
                // ("Các cá nhân gồm:" / "Thượng tướng Hoàng Minh Thảo (Tạ Thái An), nguyên ..." / "Thượng tướng Vũ Lăng, ...")
                clause = counting.clause();
                open = true;
                listing = true;
                section = recall.kind();
              }
              counting = null;
            }
            // the paragraph of a Lệnh, or each clause of a report that quotes a decision, stands for the article: it
            // names its awardees, or counts those it lists after "gồm" or under it ("cho hai đồng chí có tên dưới đây:")
            for (Awarding awarding : clauses) {
              Clause read = givenBy(clause(awarding.text(), awarding.verb(), documentCampaign, formBefore), awarding, title);
              Count count = Optional.ofNullable(announced(awarding.text())).orElseGet(() -> subjectCount(awarding));
              List<String> listed = read == null ? List.of() : listed(awarding, read, count);
              if (read != null) {
                // a clause that counts its awardees and names none may have them listed in the next paragraph
                counting = read.named() == null && listed.isEmpty() && count != null ? new Counting(read, count) : null;
              }
              AwardeeKind kind = read == null || read.counted() != null || count == null ? null : count.kind();
              for (String name : listed) {
                Optional.ofNullable(Awardees.award(name, p.page(), p.text(), read, read.counted() != null ? read.counted() : kind))
                    .ifPresent(awards::add);
              }
              // the items below are its awardees when it opens the paragraph (a Lệnh), or ends on the colon that
              // announces them ("... cho 2 cá nhân là:"); a decision mentioned in passing lists no one below it
              boolean announces = awarding.verb() == 0 && awarding.text().original().equals(p.folded().original())
                  || awarding.text().original().strip().endsWith(":");
              // or it counts more than it names, and the paragraph ends on the last it names: the others follow one a
              // line, as that one ("Cụ thể: Đoàn công tác ... tại huyện Quốc Oai." and the next line "Đoàn công tác ...")
              boolean more = count != null && listed.size() < count.value()
                  && trim(p.text()).endsWith(trim(listed.isEmpty() ? "" : listed.get(listed.size() - 1)));
              if (read != null && read.named() == null && (listed.isEmpty() && announces || !listed.isEmpty() && more)) {
                clause = read;
                open = true;
                listing = true;
                section = read.counted();
              }
            }
            if (form(FoldedText.of(title), 0) == null && form(p.folded(), 0) != null) {
              formBefore = p.text();
            }
          }
        }
      }
    }
    return once(awards);
  }

  /**
   * The awards without those a text names again: a report repeats an awardee in a caption or at the ceremony ("Quyết
   * định tặng Bằng khen cho ông Dương Hải Cường của Thủ tướng Chính phủ." under the sentence that quoted it); one decision
   * does not give one awardee the same form twice.
   */
  private static List<ProposedAward> once(List<ProposedAward> awards) {
    Set<String> seen = new HashSet<>();
    return awards.stream().filter(a -> seen.add(Diacritics.wordsForm(a.awardee()) + "|" + a.kind() + "|" + a.form()))
        .toList();
  }

  /** The award to the one awardee {@code clause} names itself, if it names one. */
  private static Optional<ProposedAward> named(Clause clause, Paragraph p) {
    if (clause == null || clause.named() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(Awardees.award(clause.named(), p.page(), p.text(), clause, null));
  }

  private static ProposedAward award(Paragraph item, Clause clause, AwardeeKind section) {
    if (item.row() == null) {
      return Awardees.award(itemBody(item), item.page(), item.text(), clause, section);
    }
    // a table that gives each awardee its form awards that form, by the authority the form names or the article's
    String form = item.row().form();
    String authority = formAuthority(form) != null ? formAuthority(form) : clause.authority();
    Clause own = new Clause(form, authority, clause.achievement(), clause.campaign(), null, clause.counted());
    return Awardees.award(item.row().awardee(), item.page(), item.text(), own, section);
  }
}
