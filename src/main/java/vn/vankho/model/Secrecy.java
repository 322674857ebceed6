package vn.vankho.model;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import vn.vankho.text.Diacritics;

/**
 * Độ mật: how secret a document is, the levels of Luật Bảo vệ bí mật nhà nước 2018 (Điều 8), lowest
 * first, and the clearance of an account: the highest level it may read. A document above an account's
 * clearance does not exist for that account.
 */
public enum Secrecy {
  /** Not classified; also the clearance of an account that may read no classified document. */
  NONE("Không"),
  MAT("Mật"),
  TOI_MAT("Tối mật"),
  TUYET_MAT("Tuyệt mật");

  private final String label;

  Secrecy(String label) {
    this.label = label;
  }

  /** The level as the stamp prints it, in sentence case ("Tối mật"); "Không" for none. */
  public String label() {
    return label;
  }

  /** True when an account with this clearance may read a document of {@code level}. */
  public boolean allows(Secrecy level) {
    return level.ordinal() <= ordinal();
  }

  /** Every level this clearance may read, the lowest first. */
  public List<Secrecy> readable() {
    return Arrays.stream(values()).filter(this::allows).toList();
  }

  public boolean classified() {
    return this != NONE;
  }

  /** A level as typed: its code (TOI_MAT) or its label with or without marks ("tối mật", "toi mat"); blank is none. */
  public static Secrecy parse(String typed) {
    return Levels.parse(Secrecy.class, typed, Secrecy::label, Refusal.SECRECY);
  }

  /** Parsing shared by the two kinds of mark: code or label, any case, marks optional. */
  static final class Levels {
    private Levels() {}

    static <E extends Enum<E>> E parse(Class<E> type, String typed, Function<E, String> label, Refusal otherwise) {
      String key = Diacritics.wordsForm(typed == null ? "" : typed);
      E[] values = type.getEnumConstants();
      if (key.isEmpty()) {
        return values[0];
      }
      for (E value : values) {
        if (key.equals(Diacritics.wordsForm(label.apply(value))) || key.equals(Diacritics.wordsForm(value.name()))) {
          return value;
        }
      }
      throw otherwise.of(typed);
    }
  }
}
