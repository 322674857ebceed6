package vn.vankho.ingest.metadata;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import vn.vankho.text.ConfigTables;
import vn.vankho.text.DocumentTypes;
import vn.vankho.text.IssuerCodes;

/** The data tables of index-config/ this package reads, loaded once (a missing table fails loudly). */
final class Tables {
  private Tables() {}

  /** A citation cue: its relation, and whether it counts only where a clause begins. */
  record Cue(Citation.Relation relation, boolean clauseStart) {}

  /** Where a name of issuing-bodies.txt stands in an issuer's name. */
  enum BodyRole { STANDING, COMMITTEE, BODY }

  record Body(String name, BodyRole role) {}

  static final Phrases<Cue> CUES = new Phrases<>();
  static final Phrases<Body> BODIES = new Phrases<>();
  static final Phrases<String> PLACES = new Phrases<>();
  /** A province's or centrally governed city's level, by its name: "Cà Mau" -> "tỉnh". */
  static final Map<String, String> PLACE_LEVELS = new HashMap<>();
  static final Phrases<String> TITLES = new Phrases<>();
  static final Phrases<String> TYPES = new Phrases<>();
  /** Type headings: the names of {@link #TYPES}, and those with no code (heading-type: "LUẬT"), whose value is the name. */
  static final Phrases<String> HEADINGS = new Phrases<>();
  /** The bodies index-config/issuer-codes.txt names, one name each ("Ban Tuyên giáo Tỉnh ủy"). */
  static final Phrases<String> CODE_BODIES = new Phrases<>();
  static final Map<String, Phrases<String>> DOCUMENT_CUES = new HashMap<>();
  /** Signature prefix spelling (upper case, no marks) to the prefix as printed. */
  static final Map<String, String> SIGNATURE_PREFIXES = new HashMap<>();
  static final Map<String, String> COMMITTEE_BY_ISSUER_CODE = new HashMap<>();
  /** A parent body printed over its boards ("Ban Chấp hành Trung ương") to the words completing their names. */
  static final Map<String, String> BOARD_PARENTS = new HashMap<>();
  /** A type code to the other type it numbers too (QĐ: Quy định), the heading deciding which. */
  static final Map<String, String> SHARED_TYPE_CODES = new HashMap<>();

  static {
    for (String[] row : ConfigTables.rows("citation-cues.txt")) {
      CUES.add(row[2], new Cue(Citation.Relation.fromJsonName(row[0]), row[1].equals("start")));
    }
    for (String[] row : ConfigTables.rows("issuing-bodies.txt")) {
      Body body = new Body(row[1], BodyRole.valueOf(row[0].toUpperCase(Locale.ROOT)));
      Arrays.stream(row).skip(1).forEach(spelling -> BODIES.add(spelling, body));
    }
    for (String[] row : ConfigTables.rows("place-names.txt")) {
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
    for (String[] row : ConfigTables.rows("document-cues.txt")) {
      DOCUMENT_CUES.computeIfAbsent(row[0], r -> new Phrases<>()).add(row[1], row[1]);
      if (row[0].equals("heading-type")) {
        HEADINGS.add(row[1], row[1]);
      }
    }
    for (String[] row : ConfigTables.rows("signature-prefixes.txt")) {
      Arrays.stream(row).skip(1).forEach(spelling -> SIGNATURE_PREFIXES.put(spelling, row[0]));
    }
    IssuerCodes.all().values().stream().filter(Tables::isCodeBody).forEach(name -> CODE_BODIES.add(name, name));
    ConfigTables.rows("committees-by-issuer-code.txt").forEach(row -> COMMITTEE_BY_ISSUER_CODE.put(row[0], row[1]));
    ConfigTables.rows("board-parents.txt").forEach(row -> BOARD_PARENTS.put(row[0], row[1]));
    ConfigTables.rows("shared-type-codes.txt").forEach(row -> SHARED_TYPE_CODES.put(row[0], row[1]));
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
    Phrases<String> p = DOCUMENT_CUES.get(role);
    if (p == null) {
      throw new IllegalStateException("document-cues.txt has no role " + role);
    }
    return p;
  }
}
