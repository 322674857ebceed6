package vn.vankho.model;

import java.util.List;

/** Who received awards: an individual, a collective or a household, with the unit and place it was first named with. */
public record Awardee(long id, String name, String kind, String unit, String place, List<String> attributes) {
  public Awardee {
    attributes = attributes == null ? List.of() : List.copyOf(attributes);
  }
}
