package vn.vankho.model;

import java.util.List;
import vn.vankho.text.Diacritics;

/**
 * An award a decision makes: who gets it ({@code awardeeKind} individual, collective or household) and where
 * they work or live ({@code unit}, and the administrative units of it, {@code place}), the form or title, the authority and its level, the achievement, what the
 * decision says of the awardee ({@code attributes}: ethnic-minority, farmer, ...), the campaign, and where it
 * was read. {@code status} is proposed (read, not yet checked), confirmed or rejected by an archivist; a
 * confirmed award names its awardee record and, when it has one, its campaign record.
 */
public record Award(long id, long documentId, String awardee, String awardeeKind, String unit, String place,
    String form,
    String authority, String authorityLevel, String achievement, List<String> attributes, String campaign,
    String status, String sourceLine, Integer page, Long awardeeId, Long campaignId) {

  public static final String PROPOSED = "proposed";
  public static final String CONFIRMED = "confirmed";
  public static final String REJECTED = "rejected";

  public Award {
    unit = unit == null ? "" : unit;
    place = place == null ? "" : place;
    attributes = attributes == null ? List.of() : List.copyOf(attributes);
  }

  /** The awardee and unit without marks or case: what the unit filter looks in. */
  public String unitKey() {
    return Diacritics.searchForm(awardee + " " + unit);
  }

  /** The awardee, unit and achievement without marks or case: what the precedent search's words look in. */
  public String searchText() {
    return Diacritics.searchForm(awardee + " " + unit + " " + (achievement == null ? "" : achievement));
  }

  /** This award as an archivist decided it: confirmed with its awardee and campaign records, or rejected. */
  public Award decided(String newStatus, Long newAwardeeId, Long newCampaignId) {
    return new Award(id, documentId, awardee, awardeeKind, unit, place, form, authority, authorityLevel, achievement,
        attributes, campaign, newStatus, sourceLine, page, newAwardeeId, newCampaignId);
  }

  /** This award as an archivist corrected it, still with its place in the decision. */
  public Award edited(AwardEdit edit) {
    return new Award(id, documentId, edit.awardee(), edit.awardeeKind(), edit.unit(), edit.place(), edit.form(),
        edit.authority(),
        edit.authorityLevel(), edit.achievement(), edit.attributes(), edit.campaign(), status, sourceLine, page,
        awardeeId, campaignId);
  }
}
