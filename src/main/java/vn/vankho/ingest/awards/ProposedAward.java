package vn.vankho.ingest.awards;

import java.util.Set;

/**
 * One award an award decision makes, as read, until an archivist confirms or rejects it: who gets it,
 * which form or title, from whom, for what, in which campaign, and the page and item it was read from.
 */
public record ProposedAward(String awardee, AwardeeKind kind, String form, String authority, String achievement,
    Set<String> attributes, String campaign, int page, String sourceLine) {

  public ProposedAward {
    attributes = Set.copyOf(attributes);
  }
}
