package vn.vankho.ingest.awards;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the awards an award decision makes. An article that starts with an award verb ("Điều 1. Tặng
 * Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho ... trong phong trào "..."") names the form, the
 * authority, the achievement and the campaign; each numbered item under it, or in the list attached
 * to the decision, is one awardee. Lines are joined first, because a scan wraps long items.
 */
public final class AwardReader {
  private static final Pattern ITEM = Pattern.compile("^(\\d{1,3})\\s*[.,)]\\s+\\S");
  private static final Pattern HEADING = Pattern.compile("^[ivx]{1,4}\\s*[.)]\\s+\\S");
  private static final Pattern ARTICLE = Pattern.compile("^(?:"
      + AwardTables.cues("article").stream().map(Pattern::quote).collect(Collectors.joining("|"))
      + ")\\s*\\d+\\s*[.:]\\s*");

  private enum Kind { ARTICLE, ITEM, HEADING, LIST, OTHER }

  /** Lines joined into one article, item or heading, with the page it starts on. */
  private record Paragraph(Kind kind, int page, String text) {
    Folded folded() {
      return Folded.of(text);
    }
  }

  /** What an award article says of all its awardees. */
  private record Clause(String form, String authority, String achievement, String campaign) {}

  private AwardReader() {}

  /** The awards made by the decision whose pages read {@code pageTexts}; empty for other documents. */
  public static List<ProposedAward> read(List<String> pageTexts) {
    List<Paragraph> paragraphs = paragraphs(pageTexts);
    String documentCampaign = paragraphs.stream().map(p -> CampaignReader.first(p.folded())).filter(c -> c != null)
        .findFirst().orElse(null);
    List<ProposedAward> awards = new ArrayList<>();
    Clause clause = null;
    boolean open = false;
    AwardeeKind section = null;
    for (Paragraph p : paragraphs) {
      switch (p.kind()) {
        case ARTICLE -> {
          Clause read = clause(p.folded(), documentCampaign);
          open = read != null;
          clause = read == null ? clause : read;
          section = null;
        }
        case HEADING -> section = section(p.folded(), section);
        case ITEM -> {
          if (open) {
            awards.add(award(p, clause, section));
          }
        }
        case LIST -> {
          // a list attached to the decision ("DANH SÁCH ... kèm theo Quyết định") belongs to its last award article
          open = clause != null;
          section = null;
        }
        case OTHER -> { }
      }
    }
    return List.copyOf(awards);
  }

  private static List<Paragraph> paragraphs(List<String> pageTexts) {
    List<Paragraph> paragraphs = new ArrayList<>();
    StringBuilder text = null;
    Kind kind = null;
    int start = 0;
    for (int page = 0; page < pageTexts.size(); page++) {
      for (String raw : pageTexts.get(page).split("\\R")) {
        String line = raw.strip();
        if (line.isEmpty()) {
          continue;
        }
        Kind lineKind = kindOf(Folded.of(line).folded());
        // a wrapped line goes on its paragraph until that paragraph ends a sentence
        if (lineKind == Kind.OTHER && text != null && !endsSentence(text)) {
          text.append(' ').append(line);
          continue;
        }
        if (text != null) {
          paragraphs.add(new Paragraph(kind, start, text.toString()));
        }
        text = new StringBuilder(line);
        kind = lineKind;
        start = page + 1;
      }
    }
    if (text != null) {
      paragraphs.add(new Paragraph(kind, start, text.toString()));
    }
    return paragraphs;
  }

  private static Kind kindOf(String folded) {
    if (ARTICLE.matcher(folded).find()) {
      return Kind.ARTICLE;
    }
    if (ITEM.matcher(folded).find()) {
      return Kind.ITEM;
    }
    if (HEADING.matcher(folded).find()) {
      return Kind.HEADING;
    }
    String start = folded.substring(0, Math.min(folded.length(), 40));
    return AwardTables.cues("list").stream().anyMatch(cue -> Folded.of(start).startsWith(cue)) ? Kind.LIST : Kind.OTHER;
  }

  private static boolean endsSentence(CharSequence text) {
    char last = text.charAt(text.length() - 1);
    return last == '.' || last == ';';
  }

  /** The award an article makes, or null when the article awards nothing. */
  private static Clause clause(Folded article, String documentCampaign) {
    Matcher number = ARTICLE.matcher(article.folded());
    if (!number.find()) {
      return null;
    }
    int body = number.end();
    if (AwardTables.cues("verb").stream().noneMatch(v -> article.find(v, body) == body)) {
      return null;
    }
    int formAt = -1;
    AwardTables.Cue form = null;
    for (AwardTables.Cue cue : AwardTables.FORMS) {
      int at = article.find(cue.key(), body);
      // the first form named; at one place the longest, which comes first in the table
      if (at >= 0 && (formAt < 0 || at < formAt)) {
        formAt = at;
        form = cue;
      }
    }
    if (form == null) {
      return null;
    }
    int formEnd = formAt + form.key().length();
    int forAt = first(article, "for", formEnd);
    int end = forAt >= 0 ? forAt : article.length();
    int ofAt = first(article, "of", formEnd);
    String authority = ofAt >= 0 && ofAt < end
        ? trim(article.original(ofAt + AwardTables.cues("of").get(0).length(), end)) : null;
    int achievementAt = first(article, "achievement", formEnd);
    String achievement = achievementAt >= 0 ? trim(article.original(achievementAt, article.length())) : null;
    String campaign = CampaignReader.first(article);
    return new Clause(form.value(), authority, achievement, campaign != null ? campaign : documentCampaign);
  }

  /** The kind of the awardees under a heading ("II. CÁ NHÂN"), or the one before it. */
  private static AwardeeKind section(Folded heading, AwardeeKind before) {
    for (AwardeeKind kind : List.of(AwardeeKind.HOUSEHOLD, AwardeeKind.INDIVIDUAL, AwardeeKind.COLLECTIVE)) {
      String role = "section-" + kind.name().toLowerCase(Locale.ROOT);
      if (AwardTables.cues(role).stream().anyMatch(cue -> heading.find(cue, 0) >= 0)) {
        return kind;
      }
    }
    return before;
  }

  private static ProposedAward award(Paragraph item, Clause clause, AwardeeKind section) {
    Folded text = item.folded();
    Matcher number = ITEM.matcher(text.folded());
    number.find();
    // the folded text is the original's length, so the number's end cuts the original too
    String body = text.original().substring(number.end() - 1);
    int colon = body.indexOf(':');
    String achievement = colon >= 0 ? trim(body.substring(colon + 1)) : null;
    Folded head = Folded.of(trim(colon >= 0 ? body.substring(0, colon) : body));
    AwardTables.Cue prefix = AwardTables.KINDS.stream().filter(c -> head.startsWith(c.key())).findFirst().orElse(null);
    AwardeeKind kind = prefix != null ? AwardeeKind.valueOf(prefix.value().toUpperCase(Locale.ROOT))
        : section != null ? section : AwardeeKind.COLLECTIVE;
    int comma = head.original().indexOf(',');
    // a person or a household is named before the first comma, what the decision says of them after it;
    // a collective's name runs on with where it is ("Đoàn Thanh niên xã Rô Men, huyện Đam Rông")
    int nameEnd = kind == AwardeeKind.COLLECTIVE || comma < 0 ? head.length() : comma;
    int nameStart = prefix != null && prefix.strip() ? prefix.key().length() : 0;
    String awardee = head.original(nameStart, nameEnd);
    String description = kind == AwardeeKind.COLLECTIVE ? head.folded() : head.folded().substring(nameEnd);
    // what the decision says of a person or household after the name is where they work or live
    String unit = kind == AwardeeKind.COLLECTIVE ? "" : trim(head.original(nameEnd, head.length()).replaceFirst("^,", ""));
    String place = place(Folded.of(kind == AwardeeKind.COLLECTIVE ? head.original() : unit));
    return new ProposedAward(awardee, kind, unit, place, clause.form(), clause.authority(),
        authorityLevel(clause.authority()),
        achievement != null && !achievement.isEmpty() ? achievement : clause.achievement(),
        attributes(Folded.of(description)), clause.campaign(), item.page(), item.text());
  }

  /**
   * Where the awardee is, from the parts of {@code description} that name administrative units: "nông dân thôn
   * Đạ Nhinh, xã Đạ Tông" is "thôn Đạ Nhinh, xã Đạ Tông". Empty when none does.
   */
  static String place(Folded description) {
    List<String> parts = new ArrayList<>();
    int start = 0;
    for (String part : description.original().split(",", -1)) {
      int end = start + part.length();
      int at = first(description, "place", start);
      if (at >= 0 && at < end) {
        parts.add(description.original(at, end));
      }
      start = end + 1;
    }
    return trim(String.join(", ", parts));
  }

  /** The level of {@code authority} (province, district, ...): its longest cue's; null when none is found. */
  static String authorityLevel(String authority) {
    if (authority == null) {
      return null;
    }
    Folded folded = Folded.of(authority);
    return AwardTables.LEVELS.stream().filter(cue -> folded.find(cue.key(), 0) >= 0).map(AwardTables.Cue::value)
        .findFirst().orElse(null);
  }

  private static Set<String> attributes(Folded description) {
    Set<String> attributes = new LinkedHashSet<>();
    for (AwardTables.Cue cue : AwardTables.ATTRIBUTES) {
      if (description.find(cue.key(), 0) >= 0) {
        attributes.add(cue.value());
      }
    }
    return attributes;
  }

  /** Where the first phrase of {@code role} is, at or after {@code from}; -1 when none is. */
  private static int first(Folded text, String role, int from) {
    return AwardTables.cues(role).stream().mapToInt(cue -> text.find(cue, from)).filter(at -> at >= 0).min().orElse(-1);
  }

  /** Without the punctuation that ends a clause or an item. */
  private static String trim(String text) {
    return text.strip().replaceAll("[\\s:;.,]+$", "").strip();
  }
}
