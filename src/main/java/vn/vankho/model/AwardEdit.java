package vn.vankho.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What an archivist writes over an award as read, when reading got a name, a form or a campaign wrong.
 * Blank optional values are null; the awardee and the form are required.
 */
public record AwardEdit(String awardee, String awardeeKind, String unit, String place, String form, String authority,
    String authorityLevel, String achievement, List<String> attributes, String campaign) {
  private static final Set<String> KINDS = Set.of("individual", "collective", "household");

  public AwardEdit {
    awardee = TypedText.required(awardee, "Đối tượng", TypedText.NAME);
    form = TypedText.required(form, "Hình thức", TypedText.NAME);
    if (!KINDS.contains(awardeeKind)) {
      throw Refusal.AWARDEE_KIND.of(awardeeKind);
    }
    unit = Objects.requireNonNullElse(TypedText.optional(unit, "Đơn vị, địa chỉ", TypedText.NAME), "");
    place = Objects.requireNonNullElse(TypedText.optional(place, "Địa bàn", TypedText.NAME), "");
    authority = TypedText.optional(authority, "Thẩm quyền", TypedText.NAME);
    authorityLevel = TypedText.optional(authorityLevel, "Cấp", TypedText.CODE);
    achievement = TypedText.optional(achievement, "Thành tích", TypedText.NOTE);
    campaign = TypedText.optional(campaign, "Phong trào", TypedText.NAME);
    attributes = attributes == null ? List.of() : attributes.stream()
        .map(a -> TypedText.optional(a, "Đặc điểm", TypedText.NAME)).filter(Objects::nonNull).distinct().sorted().toList();
  }

  /** The award's own values, to start an edit from. */
  public static AwardEdit of(Award award) {
    return new AwardEdit(award.awardee(), award.awardeeKind(), award.unit(), award.place(), award.form(),
        award.authority(),
        award.authorityLevel(), award.achievement(), award.attributes(), award.campaign());
  }
}
