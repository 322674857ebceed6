package vn.vankho.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.tika.detect.Detector;
import org.apache.tika.detect.TextDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Whether any entry of Tika's magic table matches a file's first bytes, answered by Tika's own entries but tried
 * only for the media types that could match. Tika tries all 440 entries on every file, and a text of none of those
 * kinds is "text/plain" only because none matches: a dozen of them (e-mail headers, Graphviz, MARC records) are
 * regular expressions compiled again at every try, most of the detection's cost. Each entry needs its first
 * condition's leading bytes somewhere in that condition's offset range; a type none of whose entries finds them in
 * the file cannot match, and is not tried. The screen only ever skips types that cannot match, so the answer is
 * Tika's: {@code FileTypesTest} compares the two on every corpus file and test resource, {@code MagicScreenTest}
 * the screen's reading of the table with Tika's.
 */
final class MagicScreen {
  /** Where Tika reads its table; a table of one's own (custom-mimetypes.xml) turns the screen off. */
  private static final String TABLE = "org/apache/tika/mime/tika-mimetypes.xml";
  private static final String CUSTOM_TABLE = "org/apache/tika/mime/custom-mimetypes.xml";
  /** A regular expression's second character is worked out only after this few first ones. */
  private static final int FEW_FIRST_CHARACTERS = 16;

  /** A type and what its entries need, one of which must hold; none means "always try it". */
  private record Screened(MimeType type, List<LeadingBytes> conditions) {}

  /**
   * Bytes standing at some offset from {@code from} to {@code to} (both inclusive), the j-th one among
   * {@code allowed[j]}. Past the file's end Tika compares against the zeros of its unfilled window, and so does this.
   */
  record LeadingBytes(boolean[][] allowed, int from, int to, int[] firstBytes) {
    LeadingBytes(boolean[][] allowed, int from, int to) {
      this(allowed, from, to, IntStream.range(0, 256).filter(b -> allowed[0][b]).toArray());
    }

    /** Whether the condition holds in {@code data}, where each byte value stands first and last as given. */
    boolean holdsIn(byte[] data, int[] first, int[] last) {
      boolean firstByte = allowed[0][0] && to >= data.length;
      for (int i = 0; i < firstBytes.length && !firstByte; i++) {
        firstByte = first[firstBytes[i]] <= to && last[firstBytes[i]] >= from;
      }
      if (!firstByte || allowed.length == 1) {
        return firstByte;
      }
      for (int i = from; i <= to; i++) {
        if (standsAt(data, i)) {
          return true;
        }
        if (i >= data.length) {
          return false; // from here on every window is zeros, and this one was
        }
      }
      return false;
    }

    private boolean standsAt(byte[] data, int at) {
      for (int j = 0; j < allowed.length; j++) {
        if (!allowed[j][at + j < data.length ? data[at + j] & 0xFF : 0]) {
          return false;
        }
      }
      return true;
    }
  }

  private final List<Screened> types;

  private MagicScreen(List<Screened> types) {
    this.types = types;
  }

  /** The screen of {@code repository}'s table; empty when the table cannot be read as Tika's own. */
  static Optional<MagicScreen> of(MimeTypes repository) {
    ClassLoader loader = MimeTypes.class.getClassLoader();
    try {
      if (loader.getResources(CUSTOM_TABLE).hasMoreElements()) {
        return Optional.empty();
      }
      URL table = loader.getResource(TABLE);
      if (table == null) {
        return Optional.empty();
      }
      return Optional.of(new MagicScreen(read(table, repository)));
    } catch (IOException | MimeTypeException | ParserConfigurationException | SAXException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Tika's magic detection, {@code repository.detect}, with the screen before it: when no entry can match a file's
   * first bytes, Tika's answer is what its text detector says of them, asked here directly. A name or a type given
   * with the file goes to Tika as it is.
   */
  Detector before(MimeTypes repository) {
    int headLength = repository.getMinLength();
    return (input, metadata) -> {
      if (input == null || metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY) != null
          || metadata.get(Metadata.CONTENT_TYPE) != null) {
        return repository.detect(input, metadata);
      }
      byte[] head;
      input.mark(headLength);
      try {
        head = input.readNBytes(headLength);
      } finally {
        input.reset();
      }
      if (head.length == 0 || anyMatches(head)) {
        return repository.detect(input, metadata);
      }
      return new TextDetector(headLength).detect(new ByteArrayInputStream(head), new Metadata());
    };
  }

  /** True when some type's magic matches {@code data} (the first bytes Tika reads for its magic). */
  boolean anyMatches(byte[] data) {
    int[] first = new int[256];
    int[] last = new int[256];
    Arrays.fill(first, Integer.MAX_VALUE);
    Arrays.fill(last, -1);
    for (int i = 0; i < data.length; i++) {
      int b = data[i] & 0xFF;
      if (first[b] == Integer.MAX_VALUE) {
        first[b] = i;
      }
      last[b] = i;
    }
    for (Screened screened : types) {
      if (possible(screened, data, first, last) && screened.type().matchesMagic(data)) {
        return true;
      }
    }
    return false;
  }

  private static boolean possible(Screened screened, byte[] data, int[] first, int[] last) {
    if (screened.conditions().isEmpty()) {
      return true;
    }
    for (LeadingBytes condition : screened.conditions()) {
      if (condition.holdsIn(data, first, last)) {
        return true;
      }
    }
    return false;
  }

  private static List<Screened> read(URL table, MimeTypes repository) throws IOException, MimeTypeException,
      ParserConfigurationException, SAXException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    org.w3c.dom.Document xml;
    try (InputStream in = table.openStream()) {
      xml = factory.newDocumentBuilder().parse(in);
    }
    // a type may be declared in more than one element: its conditions are gathered over all of them
    Map<MimeType, List<LeadingBytes>> conditions = new LinkedHashMap<>();
    Set<MimeType> alwaysTried = new HashSet<>();
    for (Element mimeType : children(xml.getDocumentElement(), "mime-type")) {
      MimeType type = repository.getRegisteredMimeType(mimeType.getAttribute("type"));
      if (type == null) {
        continue;
      }
      for (Element magic : children(mimeType, "magic")) {
        for (Element match : children(magic, "match")) {
          Optional<List<LeadingBytes>> needs = needs(match);
          needs.ifPresent(n -> conditions.computeIfAbsent(type, t -> new ArrayList<>()).addAll(n));
          if (needs.isEmpty()) {
            alwaysTried.add(type);
          }
        }
      }
    }
    List<Screened> screened = new ArrayList<>();
    for (MediaType mediaType : repository.getMediaTypeRegistry().getTypes()) {
      MimeType type = repository.getRegisteredMimeType(mediaType.toString());
      if (type != null && type.hasMagic()) {
        // a type whose magic came some other way than the table read here is always tried
        List<LeadingBytes> needs = conditions.getOrDefault(type, List.of());
        screened.add(new Screened(type, alwaysTried.contains(type) ? List.of() : List.copyOf(needs)));
      }
    }
    return List.copyOf(screened);
  }

  /**
   * What a top-level {@code <match>} needs, one of which must hold: its own leading bytes (what its children need
   * besides is left out), or for a group of which some must match, what each member needs; empty when that is not
   * known here, and the entry's type is then always tried.
   */
  static Optional<List<LeadingBytes>> needs(Element match) {
    if (match.hasAttribute("minShouldMatch")) {
      List<LeadingBytes> any = new ArrayList<>();
      for (Element member : children(match, "match")) {
        Optional<List<LeadingBytes>> needs = needs(member);
        if (needs.isEmpty()) {
          return Optional.empty();
        }
        any.addAll(needs.get());
      }
      return any.isEmpty() ? Optional.empty() : Optional.of(any);
    }
    return leadingBytes(match).map(List::of);
  }

  private static Optional<LeadingBytes> leadingBytes(Element match) {
    String type = match.hasAttribute("type") ? match.getAttribute("type") : "string";
    String value = match.getAttribute("value");
    String mask = match.hasAttribute("mask") ? match.getAttribute("mask") : null;
    int[] range = range(match.getAttribute("offset"));
    List<boolean[]> allowed = switch (type) {
      case "string" -> stringBytes(MagicValues.stringPrefix(value), mask == null ? null
          : MagicValues.stringPrefix(mask), false);
      case "stringignorecase" -> mask == null ? stringBytes(MagicValues.stringPrefix(value), null, true) : List.of();
      case "host16", "little16", "big16", "host32", "little32", "big32" -> stringBytes(
          MagicValues.numberBytes(type, value), mask == null ? null : MagicValues.numberBytes(type, mask), false);
      case "unicodeLE", "unicodeBE" -> mask != null || value.chars().anyMatch(c -> c >= 0x100)
          ? List.of() : stringBytes(MagicValues.unicodePrefix(value, type.equals("unicodeLE")), null, false);
      case "regex" -> mask == null ? MagicValues.regex(value).map(MagicScreen::regexBytes).orElse(List.of()) : List.of();
      default -> List.of();
    };
    if (allowed.isEmpty() || value.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new LeadingBytes(allowed.toArray(boolean[][]::new), range[0], range[1]));
  }

  /** For each byte of {@code pattern}, the bytes that Tika's comparison (under {@code mask}, or ignoring case) lets by. */
  private static List<boolean[]> stringBytes(byte[] pattern, byte[] mask, boolean ignoringCase) {
    if (pattern == null) {
      return List.of();
    }
    int length = mask == null ? pattern.length : Math.min(pattern.length, mask.length);
    List<boolean[]> allowed = new ArrayList<>();
    for (int j = 0; j < length; j++) {
      int p = pattern[j] & 0xFF;
      int m = mask == null ? 0xFF : mask[j] & 0xFF;
      boolean[] bytes = new boolean[256];
      for (int b = 0; b < 256; b++) {
        bytes[b] = (b & m) == (p & m) || ignoringCase && sameIgnoringCase(b, p);
      }
      allowed.add(bytes);
    }
    return allowed;
  }

  private static boolean sameIgnoringCase(int b, int p) {
    int lower = Character.toLowerCase(p);
    return Character.toLowerCase(b) == lower || Character.toLowerCase((int) (byte) b) == lower
        || Character.toLowerCase(b) == p || Character.toLowerCase((int) (byte) b) == p;
  }

  /**
   * The characters a match of {@code pattern} can start with (it matches the character alone, or wants to see what
   * follows), and, when those are few, the characters that can come second after one of them.
   */
  private static List<boolean[]> regexBytes(Pattern pattern) {
    boolean[] first = new boolean[256];
    boolean[] second = new boolean[256];
    int firstCount = 0;
    for (int b = 0; b < 256; b++) {
      first[b] = canStart(pattern, String.valueOf((char) b));
      firstCount += first[b] ? 1 : 0;
    }
    if (firstCount > FEW_FIRST_CHARACTERS) {
      return List.of(first);
    }
    for (int a = 0; a < 256; a++) {
      for (int b = 0; a < 256 && first[a] && b < 256; b++) {
        second[b] |= canStart(pattern, new String(new char[] {(char) a, (char) b}));
      }
    }
    return List.of(first, second);
  }

  private static boolean canStart(Pattern pattern, String start) {
    Matcher matcher = pattern.matcher(start);
    return matcher.lookingAt() || matcher.hitEnd();
  }

  private static int[] range(String offset) {
    if (offset.isEmpty()) {
      return new int[] {0, 0};
    }
    int colon = offset.indexOf(':');
    int from = Integer.parseInt(colon < 0 ? offset : offset.substring(0, colon));
    return new int[] {from, colon < 0 ? from : Integer.parseInt(offset.substring(colon + 1))};
  }

  private static List<Element> children(Node parent, String name) {
    List<Element> elements = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && element.getTagName().equals(name)) {
        elements.add(element);
      }
    }
    return elements;
  }
}
