package vn.vankho.ingest;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The values of Tika's magic table read as Tika's {@code MagicDetector} reads them, as far as {@link MagicScreen}
 * needs and no further: where a value holds something not decoded here, the part before it, or nothing.
 * {@code MagicScreenTest} checks every value of the table against Tika's own decoding.
 */
final class MagicValues {
  private MagicValues() {}

  /**
   * The bytes a string value starts with ("0x" and hex digits; characters, of which Tika keeps the low byte;
   * after a backslash "x" and two hex digits, "r", "n", a backslash or octal digits), up to the first part not
   * decoded here.
   */
  static byte[] stringPrefix(String value) {
    if (value.startsWith("0x")) {
      byte[] bytes = new byte[(value.length() - 2) / 2];
      for (int i = 0; i < bytes.length; i++) {
        int b = hex(value, 2 + 2 * i);
        if (b < 0) {
          return Arrays.copyOf(bytes, i);
        }
        bytes[i] = (byte) b;
      }
      return bytes;
    }
    byte[] bytes = new byte[value.length()];
    int n = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != '\\') {
        bytes[n++] = (byte) c;
        continue;
      }
      int escaped = escape(value, i);
      if (escaped < 0) {
        break;
      }
      bytes[n++] = (byte) escaped;
      i += escapeLength(value, i) - 1;
    }
    return Arrays.copyOf(bytes, n);
  }

  /**
   * The bytes of a number value of the given type (big16, little32, host16...): "0x" and hex digits, else octal
   * digits, as Tika reads them, in the type's byte order (host is little-endian in Tika); null when they do not read.
   */
  static byte[] numberBytes(String type, String value) {
    long n = value.startsWith("0x") ? parse(value.substring(2), 16) : parse(value, 8);
    if (n < 0) {
      return null;
    }
    int width = type.endsWith("16") ? 2 : 4;
    byte[] bytes = new byte[width];
    for (int i = 0; i < width; i++) {
      int shift = 8 * (type.startsWith("big") ? width - 1 - i : i);
      bytes[i] = (byte) (n >> shift);
    }
    return bytes;
  }

  /**
   * The bytes of a UTF-16 value (unicodeLE, unicodeBE) as far as its characters are bytes decoded here: each
   * character's two bytes in the type's order.
   */
  static byte[] unicodePrefix(String value, boolean littleEndian) {
    byte[] characters = stringPrefix(value);
    byte[] bytes = new byte[2 * characters.length];
    for (int i = 0; i < characters.length; i++) {
      bytes[2 * i + (littleEndian ? 0 : 1)] = characters[i];
    }
    return bytes;
  }

  /**
   * The regular expression of a regex value, its escapes decoded as Tika decodes them; empty when it holds an
   * escape not decoded here or a character beyond ASCII (where Tika's bytes and a Java string could differ).
   */
  static Optional<Pattern> regex(String value) {
    StringBuilder decoded = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        return Optional.empty();
      }
      if (c != '\\') {
        decoded.append(c);
        continue;
      }
      int escaped = escape(value, i);
      if (escaped < 0 || escaped >= 0x80) {
        return Optional.empty();
      }
      decoded.append((char) escaped);
      i += escapeLength(value, i) - 1;
    }
    try {
      return Optional.of(Pattern.compile(decoded.toString()));
    } catch (PatternSyntaxException e) {
      return Optional.empty();
    }
  }

  /** The byte of the escape at {@code at} (a backslash), or -1 when it is not one decoded here. */
  private static int escape(String value, int at) {
    if (at + 1 >= value.length()) {
      return -1;
    }
    char next = value.charAt(at + 1);
    return switch (next) {
      case '\\' -> '\\';
      case 'r' -> '\r';
      case 'n' -> '\n';
      case 'x' -> hex(value, at + 2);
      default -> {
        int end = octalEnd(value, at);
        yield end == at + 1 ? -1 : Integer.parseInt(value.substring(at + 1, end), 8) & 0xFF;
      }
    };
  }

  private static int escapeLength(String value, int at) {
    char next = value.charAt(at + 1);
    return next == 'x' ? 4 : next == '\\' || next == 'r' || next == 'n' ? 2 : octalEnd(value, at) - at;
  }

  /** Where the octal digits after a backslash end: Tika reads at most three. */
  private static int octalEnd(String value, int at) {
    int end = at + 1;
    while (end < Math.min(at + 4, value.length()) && value.charAt(end) >= '0' && value.charAt(end) <= '7') {
      end++;
    }
    return end;
  }

  private static int hex(String value, int at) {
    return at + 2 > value.length() ? -1 : (int) parse(value.substring(at, at + 2), 16);
  }

  private static long parse(String digits, int radix) {
    try {
      return Long.parseLong(digits, radix);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
