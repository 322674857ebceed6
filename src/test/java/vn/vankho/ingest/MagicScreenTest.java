package vn.vankho.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.MagicDetector;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The screen reads Tika's magic table as Tika reads it: every value it decodes, of every match of the table, is
 * what Tika's own {@link MagicDetector} holds (its pattern field, read here because Tika keeps it private), or the
 * start of it where the screen stops early. A screen that read a value wrongly could skip a type that matches.
 */
class MagicScreenTest {

  @Test
  void theScreenIsMadeOverTikasOwnTable() {
    MimeTypes repository = TikaConfig.getDefaultConfig().getMimeRepository();
    assertTrue(MagicScreen.of(repository).isPresent());
  }

  @Test
  void everyValueTheScreenDecodesIsTikasOrItsStart() throws Exception {
    NodeList matches;
    try (InputStream table = MimeTypes.class.getResourceAsStream("tika-mimetypes.xml")) {
      matches = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(table).getElementsByTagName("match");
    }
    int checked = 0;
    for (int i = 0; i < matches.getLength(); i++) {
      Element match = (Element) matches.item(i);
      String type = match.hasAttribute("type") ? match.getAttribute("type") : "string";
      for (String attribute : new String[] {"value", "mask"}) {
        if (!match.hasAttribute(attribute) || match.getAttribute(attribute).isEmpty()) {
          continue;
        }
        String value = match.getAttribute(attribute);
        byte[] tika = tikaPattern(type, value);
        String where = type + " " + attribute + " " + value;
        switch (type) {
          case "string" -> assertStartOf(tika, MagicValues.stringPrefix(value), where);
          case "stringignorecase" -> assertStartOf(tika, lowerCase(MagicValues.stringPrefix(value)), where);
          case "unicodeLE", "unicodeBE" -> assertStartOf(tika,
              MagicValues.unicodePrefix(value, type.equals("unicodeLE")), where);
          case "regex" -> {
            Optional<Pattern> regex = MagicValues.regex(value);
            regex.ifPresent(r -> assertEquals(new String(tika, StandardCharsets.ISO_8859_1), r.pattern(), where));
          }
          default -> assertArrayEquals(tika, MagicValues.numberBytes(type, value), where);
        }
        checked++;
      }
    }
    assertTrue(checked > 1000, checked + " values");
  }

  private static void assertStartOf(byte[] tika, byte[] decoded, String where) {
    assertTrue(decoded.length <= tika.length, where);
    assertArrayEquals(Arrays.copyOf(tika, decoded.length), decoded, where);
  }

  /** Tika keeps an ignoring-case value in lower case; the screen lets either case by. */
  private static byte[] lowerCase(byte[] bytes) {
    byte[] lower = new byte[bytes.length];
    for (int i = 0; i < bytes.length; i++) {
      lower[i] = (byte) Character.toLowerCase(bytes[i]);
    }
    return lower;
  }

  private static byte[] tikaPattern(String type, String value) throws ReflectiveOperationException {
    MagicDetector detector = MagicDetector.parse(MediaType.OCTET_STREAM, type, "0", value, null);
    Field pattern = MagicDetector.class.getDeclaredField("pattern");
    pattern.setAccessible(true);
    return (byte[]) pattern.get(detector);
  }
}
