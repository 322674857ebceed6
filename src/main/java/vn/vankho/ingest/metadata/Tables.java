package vn.vankho.ingest.metadata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.vankho.text.ConfigTables;
import vn.vankho.text.CueTable;
import vn.vankho.text.DocumentTypes;
import vn.vankho.text.IssuerCodes;
import vn.vankho.text.Phrases;

/** The data tables of index-config/ this package reads, loaded once (a missing table fails loudly). */
final class Tables {
  /** The level column of place-names.txt that marks a province's seat (tỉnh lỵ). */
  private static final String SEAT = "tỉnh lỵ";

  private Tables() {}

  /** A citation cue: its relation, and whether it counts only where a clause begins. */
  record Cue(Citation.Relation relation, boolean clauseStart) {}

  /** Where a name of issuing-bodies.txt stands in an issuer's name. */
  enum BodyRole { STANDING, COMMITTEE, BODY, DEPARTMENT }

  record Body(String name, BodyRole role) {}

  /** A mark of index-config/document-marks.txt: of secrecy or of urgency, its level's code, one spelling's words. */
  record Mark(boolean secrecy, String code, List<String> norms) {}

  static final Phrases<Cue> CUES = fuzzy();
  static final Phrases<Body> BODIES = fuzzy();
  static final Phrases<String> PLACES = fuzzy();
  /** A province's or centrally governed city's level, by its name: "Cà Mau" -> "tỉnh". */
  static final Map<String, String> PLACE_LEVELS = new HashMap<>();
  /** The seats of provinces not named like them ("Long Xuyên"), read in the place and date line only. */
  static final Phrases<String> SEATS = fuzzy();
  private static final Map<String, Seat> SEAT_OF = new HashMap<>();

  /** The province a seat belonged to, up to the last day it was its seat. */
  private record Seat(String province, LocalDate until) {}
  static final Phrases<String> TITLES = fuzzy();
  static final Phrases<String> TYPES = fuzzy();
  /** Type headings: the names of {@link #TYPES}, and those with no code (heading-type: "LUẬT"), whose value is the name. */
  static final Phrases<String> HEADINGS = fuzzy();
  /** The bodies index-config/issuer-codes.txt names, one name each ("Ban Tuyên giáo Tỉnh ủy"). */
  static final Phrases<String> CODE_BODIES = fuzzy();
  private static final CueTable<List<String>> DOCUMENT_CUES = CueTable.read("document-cues.txt");
  private static final CueTable<Phrases<String>> DOCUMENT_CUE_PHRASES = DOCUMENT_CUES.map(Tables::phrases);
  /** Signature prefix spelling (upper case, no marks) to the prefix as printed. */
  static final Map<String, String> SIGNATURE_PREFIXES = new HashMap<>();
  static final Map<String, String> COMMITTEE_BY_ISSUER_CODE = new HashMap<>();
  static final List<Mark> MARKS = new ArrayList<>();
  /** A parent body printed over its boards ("Ban Chấp hành Trung ương") to the words completing their names. */
  static final Map<String, String> BOARD_PARENTS = new HashMap<>();

  static {
    for (String[] row : ConfigTables.rows("citation-cues.txt")) {
      CUES.add(row[2], new Cue(Citation.Relation.fromJsonName(row[0]), row[1].equals("start")));
    }
    for (String[] row : ConfigTables.rows("issuing-bodies.txt")) {
      Body body = new Body(row[1], BodyRole.valueOf(row[0].toUpperCase(Locale.ROOT)));
      Arrays.stream(row).skip(1).forEach(spelling -> BODIES.add(spelling, body));
    }
    for (String[] row : ConfigTables.rows("place-names.txt")) {
      if (row.length > 3 && row[1].equals(SEAT)) {
        SEATS.add(row[0], row[0]);
        SEAT_OF.put(row[0], new Seat(row[2], LocalDate.parse(row[3])));
        continue;
      }
      PLACES.add(row[0], row[0]);
      if (row.length > 1) {
        PLACE_LEVELS.put(row[0], row[1]);
      }
    }
    ConfigTables.rows("signer-titles.txt").forEach(row -> TITLES.add(row[0], row[0]));
    // the first code of a name wins, as in DocumentTypes: "Quy định" is QĐi before QyĐ
    Map<String, String> codeByName = new HashMap<>();
    DocumentTypes.all().forEach((code, name) -> codeByName.putIfAbsent(name, code));
    codeByName.forEach((name, code) -> TYPES.add(name, code));
    codeByName.forEach((name, code) -> HEADINGS.add(name, code));
    DOCUMENT_CUES.role("heading-type").forEach(heading -> HEADINGS.add(heading, heading));
    for (String[] row : ConfigTables.rows("signature-prefixes.txt")) {
      Arrays.stream(row).skip(1).forEach(spelling -> SIGNATURE_PREFIXES.put(spelling, row[0]));
    }
    IssuerCodes.all().values().stream().filter(Tables::isCodeBody).forEach(name -> CODE_BODIES.add(name, name));
    for (String[] row : ConfigTables.rows("document-marks.txt")) {
      Arrays.stream(row).skip(2).forEach(spelling -> MARKS.add(new Mark(row[0].equals("secrecy"), row[1],
          PageText.normsOf(spelling))));
    }
    ConfigTables.rows("committees-by-issuer-code.txt").forEach(row -> COMMITTEE_BY_ISSUER_CODE.put(row[0], row[1]));
    ConfigTables.rows("board-parents.txt").forEach(row -> BOARD_PARENTS.put(row[0], row[1]));
  }

  /** A known place or provincial seat spelled by {@code words} as a whole, in its proper spelling. */
  static Optional<String> place(List<Token> words) {
    return PLACES.whole(words).or(() -> SEATS.whole(words));
  }

  /**
   * The level and name of the province or centrally governed city that a place and date line dated
   * {@code date} speaks for: "tỉnh Phú Thọ" for "Phú Thọ", "tỉnh An Giang" for "Long Xuyên" while it was
   * An Giang's seat, "Thành phố Hồ Chí Minh" (its name holds its level); or null for any other place.
   */
  static String province(String place, LocalDate date) {
    Seat seat = SEAT_OF.get(place);
    String province = seat != null && date != null && !date.isAfter(seat.until()) ? seat.province() : place;
    String level = PLACE_LEVELS.get(province);
    if (level == null) {
      return null;
    }
    return province.toLowerCase(Locale.ROOT).startsWith(level) ? province : level + " " + province;
  }

  /** True for a name of issuer-codes.txt that names one body, not alternatives ("Tỉnh ủy, Thành ủy"). */
  static boolean isCodeBody(String name) {
    return name.indexOf(',') < 0;
  }

  /** The name of a type code, or the heading's own name for a type without a code ("Luật"). */
  static String typeName(String code) {
    return DocumentTypes.name(code).orElse(code);
  }

  /** The phrases of one role of document-cues.txt. */
  static Phrases<String> documentCue(String role) {
    return DOCUMENT_CUE_PHRASES.role(role);
  }

  /** A list matched on a page's words as {@link PageText} cuts and mends them. */
  private static <T> Phrases<T> fuzzy() {
    return Phrases.fuzzy(PageText::normsOf);
  }

  /** Phrases each standing for itself. */
  private static Phrases<String> phrases(List<String> spellings) {
    Phrases<String> p = fuzzy();
    spellings.forEach(spelling -> p.add(spelling, spelling));
    return p;
  }
}
