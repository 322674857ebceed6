package vn.vankho.model;

import java.util.List;

/**
 * An award a decision makes: who gets it ({@code awardeeKind} individual, collective or household), the
 * form or title, the authority, the achievement, what the decision says of the awardee
 * ({@code attributes}: ethnic-minority, farmer, ...), the campaign, and where it was read.
 * {@code status} is proposed (read, not yet checked), confirmed or rejected by an archivist.
 */
public record Award(long id, long documentId, String awardee, String awardeeKind, String form, String authority,
    String achievement, List<String> attributes, String campaign, String status, String sourceLine, Integer page) {

  public static final String PROPOSED = "proposed";
  public static final String CONFIRMED = "confirmed";
  public static final String REJECTED = "rejected";

  public Award {
    attributes = attributes == null ? List.of() : List.copyOf(attributes);
  }

  /** For binding to the text[] column. */
  public String[] attributesArray() {
    return attributes.toArray(String[]::new);
  }
}
