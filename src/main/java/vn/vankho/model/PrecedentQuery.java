package vn.vankho.model;

import java.util.Set;

/**
 * What to look for among confirmed awards; every filter is optional (null). {@code level} is the
 * authority's (province, district, ...); {@code kind} is individual, collective or household; {@code campaign}
 * and {@code unit} are found anywhere in the campaign's name and in the awardee with its unit; {@code from}
 * and {@code to} are years of the decision, both included; every word of {@code text} must be a word of the
 * awardee, unit or achievement. Names and words compare without marks or case.
 */
public record PrecedentQuery(String form, String level, String kind, String attribute, String campaign,
    Long campaignId, Long awardeeId, String unit, Integer from, Integer to, String text, int limit) {
  private static final Set<String> KINDS = Set.of("individual", "collective", "household");
  /** Enough for every award an archive holds, for counting and export. */
  public static final int ALL = 1_000_000;

  public PrecedentQuery {
    if (kind != null && !KINDS.contains(kind)) {
      throw Refusal.AWARDEE_KIND.of(kind);
    }
    if (from != null && to != null && from > to) {
      throw Refusal.YEARS_BACKWARDS.of(from, to);
    }
    if (limit < 1) {
      throw Refusal.LIMIT.of();
    }
  }

  /** Every confirmed award of the campaign. */
  public static PrecedentQuery ofCampaign(long campaignId) {
    return new PrecedentQuery(null, null, null, null, null, campaignId, null, null, null, null, null, ALL);
  }

  /** Every confirmed award of the awardee. */
  public static PrecedentQuery ofAwardee(long awardeeId) {
    return new PrecedentQuery(null, null, null, null, null, null, awardeeId, null, null, null, null, ALL);
  }

  public PrecedentQuery withLimit(int newLimit) {
    return new PrecedentQuery(form, level, kind, attribute, campaign, campaignId, awardeeId, unit, from, to, text,
        newLimit);
  }
}
