package vn.vankho.model;

/**
 * Độ khẩn: how fast a document must be delivered and handled (Nghị định 30/2020/NĐ-CP, Phụ lục I, ô 10b),
 * lowest first. Shown and searched for; it restricts no one.
 */
public enum Urgency {
  NONE("Không"),
  KHAN("Khẩn"),
  THUONG_KHAN("Thượng khẩn"),
  HOA_TOC("Hỏa tốc");

  private final String label;

  Urgency(String label) {
    this.label = label;
  }

  /** The mark as printed, in sentence case ("Thượng khẩn"); "Không" for none. */
  public String label() {
    return label;
  }

  /** A mark as typed: its code (HOA_TOC) or its label with or without marks ("hỏa tốc", "hoa toc"); blank is none. */
  public static Urgency parse(String typed) {
    return Secrecy.Levels.parse(Urgency.class, typed, Urgency::label, Refusal.URGENCY);
  }
}
