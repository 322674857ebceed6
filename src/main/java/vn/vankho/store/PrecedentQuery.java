package vn.vankho.store;

import java.util.Set;

/**
 * What to look for among confirmed awards; every filter is optional (null). {@code kind} is individual,
 * collective or household; {@code from} and {@code to} are years of the decision, both included;
 * {@code text} is found anywhere in the awardee or the achievement, case aside.
 */
public record PrecedentQuery(String form, String kind, String attribute, String campaign, Integer from, Integer to,
    String text, int limit) {
  private static final Set<String> KINDS = Set.of("individual", "collective", "household");

  public PrecedentQuery {
    if (kind != null && !KINDS.contains(kind)) {
      throw new IllegalArgumentException("the awardee kind is individual, collective or household, not " + kind);
    }
    if (from != null && to != null && from > to) {
      throw new IllegalArgumentException("the years run from " + from + " to " + to + ": backwards");
    }
    if (limit < 1) {
      throw new IllegalArgumentException("the limit must be positive");
    }
  }

  /** {@code text} as an ILIKE pattern that finds it anywhere: its own % and _ are literal. */
  public String textPattern() {
    return anywhere(text);
  }

  /** {@code campaign} as an ILIKE pattern, for campaigns are written with and without their period. */
  public String campaignPattern() {
    return anywhere(campaign);
  }

  private static String anywhere(String value) {
    return value == null ? null
        : "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
