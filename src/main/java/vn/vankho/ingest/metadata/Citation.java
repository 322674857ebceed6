package vn.vankho.ingest.metadata;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

/**
 * A document cited by the one being read: its canonical number, and when stated its date and issuer,
 * how the citing document relates to it, and where that relation was read. {@code date} and
 * {@code issuer} are null when the text does not state them.
 */
public record Citation(String number, LocalDate date, String issuer, Relation relation, int page, String sourceText) {

  /**
   * How the citing document relates to the cited one. A number cited several times keeps its
   * strongest relation: what the citing document does to the cited one (supersedes, repeals, amends)
   * says more than what it builds on (implements, basis), which says more than a proposal or a mention.
   */
  public enum Relation {
    /** "Căn cứ": the legal or political basis. */
    BASIS(3),
    /** "Thực hiện": the citing document carries out the cited one (a plan under a directive). */
    IMPLEMENTS(4),
    /** "Theo đề nghị", "Xét đề nghị": issued on the cited proposal. */
    PROPOSAL(2),
    /** "thay thế". */
    SUPERSEDES(7),
    /** "sửa đổi, bổ sung". */
    AMENDS(5),
    /** "bãi bỏ". */
    REPEALS(6),
    /** Cited without any of the cues above. */
    MENTIONS(1);

    private final int strength;

    Relation(int strength) {
      this.strength = strength;
    }

    /** The name in JSON output and in index-config/citation-cues.txt: "basis", "implements" ... */
    public String jsonName() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The relation of a JSON name; fails on an unknown one, since a typo in a table must not pass silently. */
    public static Relation fromJsonName(String name) {
      return Arrays.stream(values())
          .filter(r -> r.jsonName().equals(name))
          .findFirst()
          .orElseThrow(() -> new IllegalArgumentException("unknown relation " + name));
    }

    boolean strongerThan(Relation other) {
      return strength > other.strength;
    }
  }

  public Citation {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(sourceText, "sourceText");
  }
}
