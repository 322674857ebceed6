package vn.vankho.model;

import java.util.List;
import java.util.Set;

/**
 * What an archivist writes over an award as read, when reading got a name, a form or a campaign wrong.
 * Blank optional values are null; the awardee and the form are required.
 */
public record AwardEdit(String awardee, String awardeeKind, String unit, String place, String form, String authority,
    String authorityLevel, String achievement, List<String> attributes, String campaign) {
  private static final Set<String> KINDS = Set.of("individual", "collective", "household");

  public AwardEdit {
    awardee = required(awardee, "the awardee");
    form = required(form, "the form of award");
    if (!KINDS.contains(awardeeKind)) {
      throw new IllegalArgumentException("the awardee kind is individual, collective or household, not " + awardeeKind);
    }
    unit = unit == null ? "" : unit.strip();
    place = place == null ? "" : place.strip();
    authority = optional(authority);
    authorityLevel = optional(authorityLevel);
    achievement = optional(achievement);
    campaign = optional(campaign);
    attributes = attributes == null ? List.of() : attributes.stream().map(String::strip).filter(a -> !a.isEmpty())
        .distinct().sorted().toList();
  }

  /** The award's own values, to start an edit from. */
  public static AwardEdit of(Award award) {
    return new AwardEdit(award.awardee(), award.awardeeKind(), award.unit(), award.place(), award.form(),
        award.authority(),
        award.authorityLevel(), award.achievement(), award.attributes(), award.campaign());
  }

  private static String required(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be empty");
    }
    return value.strip();
  }

  private static String optional(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
