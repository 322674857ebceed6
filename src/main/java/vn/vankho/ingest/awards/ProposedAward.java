package vn.vankho.ingest.awards;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * One award an award decision makes, as read, until an archivist confirms or rejects it: who gets it,
 * where they work or live ({@code unit}, empty for a collective, which is a unit; {@code place}, the
 * administrative units named in either), which form or title, from whom and at which level (province,
 * district, ... as in index-config/authority-levels.txt), for what, in which campaign, and the page and item it
 * was read from.
 */
public record ProposedAward(String awardee, AwardeeKind kind, String unit, String place, String form,
    String authority, String authorityLevel, String achievement, Set<String> attributes, String campaign, int page,
    String sourceLine) {

  public ProposedAward {
    // sorted, not Set.copyOf: its order changes from one JVM run to the next, and the database and the page keep it
    attributes = Collections.unmodifiableSortedSet(new TreeSet<>(attributes));
  }
}
