package vn.vankho.ingest.awards;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.vankho.text.Diacritics;
import vn.vankho.text.FoldedText;
import vn.vankho.text.Phrases;
import vn.vankho.text.Phrases.Match;

/**
 * Reads the campaigns (phong trào thi đua) a document names: the quoted names after "phong trào", one or
 * several ("phong trào "Dân vận khéo", "Người tốt, việc tốt" và ..."), in any document, not only awards.
 */
public final class CampaignReader {
  private static final Pattern QUOTED = Pattern.compile("^\\s*[\"“”„«']{1,2}([^\"“”„«»\\n]{2,200}?)[\"“”»']");
  private static final Pattern YEARS = Pattern.compile("^\\s*(\\d{4})(?:\\s*[-–—]\\s*(\\d{4}))?");
  private static final Pattern JOIN = Pattern.compile("^\\s*[,;]?\\s*(?:(?:"
      + AwardTables.marked("campaign-and").stream().map(Diacritics::searchForm).map(Pattern::quote).collect(Collectors.joining("|")) + ")\\s+)?");
  private static final int SOURCE_LINE = 300;

  private CampaignReader() {}

  /**
   * The campaigns the pages {@code pageTexts} name, each folded (a {@link FoldedText}) or not, each campaign once, with
   * where it was first read.
   */
  public static List<CampaignMention> read(List<? extends CharSequence> pageTexts) {
    List<CampaignMention> mentions = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int page = 0; page < pageTexts.size(); page++) {
      // a quoted name may wrap onto the next line
      FoldedText text = FoldedText.of(pageTexts.get(page)).withLinesJoined();
      for (Named named : named(text)) {
        if (seen.add(Diacritics.searchForm(named.name()))) {
          mentions.add(mention(text, named, page + 1));
        }
      }
    }
    return List.copyOf(mentions);
  }

  /** The first campaign {@code text} names, or null. */
  static String first(FoldedText text) {
    List<Named> named = named(text);
    return named.isEmpty() ? null : named.get(0).name();
  }

  private record Named(String name, int cueAt, int end) {}

  private static List<Named> named(FoldedText text) {
    List<Named> names = new ArrayList<>();
    Phrases<String> cues = AwardTables.cues("campaign");
    for (Optional<Match<String>> cue = cues.find(text, 0); cue.isPresent(); cue = cues.find(text, cue.get().start() + 1)) {
      int at = cue.get().start();
      int next = skipFiller(text, cue.get().end());
      while (true) {
        Matcher quoted = QUOTED.matcher(text.original().substring(next));
        if (!quoted.find()) {
          break;
        }
        String name = quoted.group(1).strip();
        int end = next + quoted.end();
        names.add(new Named(name, at, end));
        next = skipJoin(text, end);
      }
    }
    names.sort((a, b) -> Integer.compare(a.end(), b.end()));
    return names;
  }

  private static int skipFiller(FoldedText text, int from) {
    return AwardTables.cues("campaign-filler").find(text, from)
        .filter(filler -> text.searchForm().substring(from, filler.start()).isBlank()).map(Match::end).orElse(from);
  }

  /** Past a comma or "và" that may join another quoted name on. */
  private static int skipJoin(FoldedText text, int from) {
    Matcher join = JOIN.matcher(text.searchForm().substring(from));
    return join.find() ? from + join.end() : from;
  }

  private static CampaignMention mention(FoldedText text, Named named, int page) {
    int sentenceStart = Math.max(text.original().lastIndexOf(". ", named.cueAt()) + 1, 0);
    int dot = text.original().indexOf(". ", named.end());
    int sentenceEnd = dot < 0 ? text.length() : dot + 1;
    String sentence = text.original(sentenceStart, sentenceEnd);
    FoldedText before = FoldedText.of(text.original().substring(sentenceStart, named.cueAt()));
    boolean launches = AwardTables.cues("launch").in(before);
    Integer from = null;
    Integer to = null;
    String after = text.searchForm().substring(named.end());
    FoldedText lead = text.part(named.end() + after.length() - after.stripLeading().length(), text.length());
    Optional<Match<String>> cue = AwardTables.cues("period").at(lead, 0)
        .filter(m -> lead.searchForm().startsWith(" ", m.end()));
    if (cue.isPresent()) {
      Matcher years = YEARS.matcher(lead.searchForm().substring(cue.get().end()));
      if (years.find()) {
        from = Integer.parseInt(years.group(1));
        to = years.group(2) != null ? Integer.valueOf(years.group(2)) : from;
      }
    }
    if (from != null && to < from) {
      to = from;
    }
    return new CampaignMention(named.name(), launches, from, to, page,
        sentence.length() > SOURCE_LINE ? sentence.substring(0, SOURCE_LINE) + "…" : sentence);
  }
}
