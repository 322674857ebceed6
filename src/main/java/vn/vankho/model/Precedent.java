package vn.vankho.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A confirmed award, with the decision that made it: what officials weigh a new proposal against
 * ("who in this commune got a Bằng khen for this campaign, and for what").
 */
public record Precedent(long id, long documentId, String documentNumber, LocalDate documentDate, String issuer,
    long awardeeId, String awardee, String awardeeKind, String unit, String place, String form, String authority,
    String authorityLevel, String achievement, List<String> attributes, Long campaignId, String campaign) {

  public Precedent {
    attributes = attributes == null ? List.of() : List.copyOf(attributes);
  }

  /** The decision's year, or null when its date was not read. */
  public Integer year() {
    return documentDate == null ? null : documentDate.getYear();
  }
}
