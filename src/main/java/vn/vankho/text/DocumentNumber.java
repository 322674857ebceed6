package vn.vankho.text;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The number of an official document: serial, optional year, type code and issuer code.
 *
 * <p>Party documents write it {@code 229-KH/HU} (serial-TYPE/ISSUER), State documents
 * {@code 123/QĐ-UBND} or {@code 30/2020/NĐ-CP} (serial[/year]/TYPE-ISSUER). People mix the two
 * ("41/CT-TW" for 41-CT/TW), so {@link #keys()} ignore the style: both spellings share a key. Laws and
 * resolutions of the National Assembly carry no type code ({@code 59/2020/QH14}, {@code 87/2025/UBTVQH15}):
 * their type is "" and is left out of the printed number and the keys.
 */
public record DocumentNumber(String serial, Integer year, String type, String issuer, Style style) {

  /** Which of the two official ways of writing a number a document uses. */
  public enum Style { PARTY, STATE }

  public DocumentNumber {
    Objects.requireNonNull(serial, "serial");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(issuer, "issuer");
    Objects.requireNonNull(style, "style");
    serial = serial.replaceFirst("^0+(?=\\d)", "");
  }

  /**
   * The number as its style prints it: "229-KH/HU", "123/QĐ-UBND", "30/2020/NĐ-CP". Party numbers below
   * 10 take a leading zero, as the Party's rules on document format write them: "05-CT/TW". A number of
   * the years before 1992 with a type code and no issuer is printed as it stood: "194-LCT", "5-LCT".
   */
  public String canonical() {
    return switch (style) {
      case PARTY -> issuer.isEmpty() ? serial + "-" + type : (serial.length() == 1 ? "0" + serial : serial)
          + (year == null ? "" : "/" + year) + "-" + type + "/" + issuer;
      case STATE -> serial + "/" + (year == null ? "" : year + "/") + (type.isEmpty() ? "" : type + "-") + issuer;
    };
  }

  /**
   * Search keys, lower-case and folded, independent of style: "229-kh-hu"; a number with a year
   * also answers without it, since people often leave the year out ("30-2020-nd-cp", "30-nd-cp").
   */
  public List<String> keys() {
    String tail = (type.isEmpty() ? "" : "-" + keyPart(type)) + (issuer.isEmpty() ? "" : "-" + keyPart(issuer));
    return year == null ? List.of(serial + tail) : List.of(serial + "-" + year + tail, serial + tail);
  }

  /** The first key: the most specific one. */
  public String key() {
    return keys().get(0);
  }

  /** A code in key form: folded, lower case, '/' as '-'. */
  static String keyPart(String code) {
    return Diacritics.fold(code).toLowerCase(Locale.ROOT).replace('/', '-');
  }

  @Override
  public String toString() {
    return canonical();
  }
}
