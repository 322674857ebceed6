package vn.vankho.ingest.awards;

import java.util.Locale;

/** Who an award goes to: a person, a collective (a unit, an association, a village), or a household. */
public enum AwardeeKind {
  INDIVIDUAL, COLLECTIVE, HOUSEHOLD;

  /** The name stored and printed: "individual", "collective", "household". */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
