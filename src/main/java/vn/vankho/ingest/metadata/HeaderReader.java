package vn.vankho.ingest.metadata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import vn.vankho.text.IssuerCodes;
import vn.vankho.text.Phrases;

/**
 * The issuing body the header names: the left column above the heading, the motto in the right column.
 * OCR reads the two columns row by row, so a scan's header comes as lines that mix both, with blank lines
 * between and a motto wrapped where the row was too long:
 *
 * <pre>
 * ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT
 * NAM
 *
 * TỈNH LÂM ĐỒNG Độc lập - Tự do - Hạnh phúc
 * </pre>
 *
 * <ul>
 *   <li>The mottos of index-config/document-cues.txt are cut out of the header's words, matched on
 *       folded words with OCR tolerance ({@link Phrases}) and across line breaks.
 *   <li>What is left of each line in capitals may name a body. A committee left bare ("ỦY BAN NHÂN DÂN")
 *       takes its level and place from the next line with words ("TỈNH LÂM ĐỒNG"), past blank lines,
 *       stars and rules: "Ủy ban nhân dân tỉnh Lâm Đồng".
 *   <li>A committee's board or office printed under it ("TỈNH ỦY LÂM ĐỒNG" / "BAN TUYÊN GIÁO") is the
 *       body of index-config/issuer-codes.txt that the two make ("Ban Tuyên giáo Tỉnh ủy"), with the
 *       committee's place; when that line is lost, the body the number's issuer code names (BTGTU) if it
 *       belongs to the committee.
 *   <li>The Central Committee's boards and office print their name under it ("BAN CHẤP HÀNH TRUNG ƯƠNG" /
 *       "VĂN PHÒNG"): the body the two make with the words of index-config/board-parents.txt (Văn phòng Trung
 *       ương Đảng), as Hướng dẫn 36-HD/VPTW lays out the header.
 *   <li>The last body found is the issuer: a parent's line ("ĐẢNG BỘ TỈNH LÂM ĐỒNG") stands above it; but when
 *       the number's issuer code names a committee (445-KL/TU: Tỉnh ủy) that the last body is not and an
 *       earlier one is, the earlier one issued it: a later line of capitals is the title's ("BAN CHẤP HÀNH ĐẢNG
 *       BỘ TỈNH (KHOÁ XVI)" under a heading that OCR broke).
 * </ul>
 */
final class HeaderReader {
  /** Lines a header's name may be broken over, one word a line at worst ("THỦ" / "TƯỚNG CHÍNH PHỦ"). */
  private static final int JOIN_LINES = 4;

  private HeaderReader() {}

  /**
   * The body the header names.
   *
   * @param committee true when it is a committee (a standing part may go before it: "Ban Thường vụ")
   * @param line the index of the line it was read from
   */
  record Body(String name, boolean committee, int line) {}

  /** What is left of a header line once the motto is cut out. */
  private record Segment(String text, boolean filler) {
    /** The text when it is a line of capitals, else "". */
    String capitals() {
      return PageText.isHeading(text) ? text : "";
    }
  }

  /**
   * The body named by the lines above {@code top}; {@code issuerCode} is the code of the document's own
   * number ("BTGTU"), or null.
   */
  static Optional<Body> read(PageText page, int top, String issuerCode) {
    List<Segment> segments = segments(page, top);
    List<Body> bodies = new ArrayList<>();
    Body found = null;
    for (int i = 0; i < segments.size(); i++) {
      String text = segments.get(i).capitals();
      Optional<Issuers.Name> name = text.isEmpty() ? Optional.empty() : name(text);
      if (name.isEmpty() && !text.isEmpty()) {
        // a web copy breaks the header's name over lines, even word by word ("BỘ TÀI NGUYÊN" / "VÀ MÔI TRƯỜNG")
        int last = i;
        String joined = text;
        for (int j = nextWithWords(segments, i); j >= 0 && j - i <= JOIN_LINES && name.isEmpty(); j = nextWithWords(segments, j)) {
          if (segments.get(j).capitals().isEmpty()) {
            break;
          }
          joined = joined + " " + segments.get(j).capitals();
          List<Token> words = PageText.tokensOf(joined);
          name = name(joined).filter(n -> n.end() == words.size());
          last = j;
        }
        if (name.isPresent()) {
          found = read(joined, i);
          bodies.add(found);
          i = last;
          continue;
        }
      }
      if (name.isEmpty()) {
        continue;
      }
      int next = nextWithWords(segments, i);
      String below = next < 0 ? "" : segments.get(next).capitals();
      Body body = null;
      if (!below.isEmpty() && name(below).isEmpty()) {
        body = underCommittee(text, name.get(), below, i).orElse(null);
        if (body == null && bare(text, name.get())) {
          text = text + " " + below;
          name = name(text);
        }
      }
      if (body == null) {
        body = read(text, i);
      }
      if (body.committee() && issuerCode != null) {
        body = ofCode(text, name.get(), issuerCode, i).orElse(body);
      }
      found = found == null ? body : underItsCommittee(body, found);
      bodies.add(body);
    }
    return Optional.ofNullable(ofCommittee(bodies, issuerCode).orElse(found));
  }

  /**
   * The last body that is the committee the number's issuer code names, when the last body found is not that
   * committee: 445-KL/TU under "TỈNH ỦY THỪA THIÊN HUẾ" is the Tỉnh ủy's, whatever line of capitals follows.
   */
  private static Optional<Body> ofCommittee(List<Body> bodies, String issuerCode) {
    String committee = issuerCode == null ? null : Tables.COMMITTEE_BY_ISSUER_CODE.get(issuerCode);
    if (committee == null || bodies.isEmpty() || names(bodies.get(bodies.size() - 1), committee)) {
      return Optional.empty();
    }
    for (int i = bodies.size() - 2; i >= 0; i--) {
      if (names(bodies.get(i), committee)) {
        return Optional.of(bodies.get(i));
      }
    }
    return Optional.empty();
  }

  /** True when the body's name holds the committee's words ("Ban Thường vụ Tỉnh ủy Lâm Đồng" holds "Tỉnh ủy"). */
  private static boolean names(Body body, String committee) {
    List<String> words = PageText.normsOf(body.name());
    List<String> wanted = PageText.normsOf(committee);
    return Collections.indexOfSubList(words, wanted) >= 0;
  }

  /** Each line above {@code top} with the words of mottos taken out. */
  private static List<Segment> segments(PageText page, int top) {
    int end = top < page.lineCount() ? page.lineStart(top) : page.text.length();
    List<Token> tokens = page.tokens;
    int count = 0;
    while (count < tokens.size() && tokens.get(count).end() <= end) {
      count++;
    }
    List<Token> header = tokens.subList(0, count);
    boolean[] motto = new boolean[count];
    for (int k = 0; k < count; ) {
      // mottos, and a label printed before the body ("VĂN BẢN HỢP NHẤT - BỘ TÀI CHÍNH"), are not the body
      int at = k;
      Optional<Phrases.Match<String>> m = Tables.documentCue("motto").at(header, at)
          .or(() -> Tables.documentCue("header-label").at(header, at));
      if (m.isPresent()) {
        for (int j = m.get().start(); j < m.get().end(); j++) {
          motto[j] = true;
        }
        k = m.get().end();
      } else {
        k++;
      }
    }
    List<Segment> segments = new ArrayList<>();
    int k = 0;
    for (int i = 0; i < Math.min(top, page.lineCount()); i++) {
      int lineEnd = page.lineStart(i) + page.line(i).length();
      List<String> pieces = new ArrayList<>();
      boolean words = false;
      int runStart = -1;
      int runEnd = -1;
      for (; k < count && tokens.get(k).start() < lineEnd; k++) {
        if (motto[k]) {
          if (runStart >= 0) {
            pieces.add(page.text.substring(runStart, runEnd));
            runStart = -1;
          }
          continue;
        }
        words |= tokens.get(k).norm().chars().anyMatch(Character::isLetter);
        if (runStart < 0) {
          runStart = tokens.get(k).start();
        }
        runEnd = tokens.get(k).end();
      }
      if (runStart >= 0) {
        pieces.add(page.text.substring(runStart, runEnd));
      }
      segments.add(new Segment(String.join(" ", pieces), !words));
    }
    return segments;
  }

  /** The next line after {@code i} with words, or -1: blank lines, stars, rules and mottos are passed over. */
  private static int nextWithWords(List<Segment> segments, int i) {
    for (int j = i + 1; j < segments.size(); j++) {
      if (!segments.get(j).filler()) {
        return j;
      }
    }
    return -1;
  }

  private static Optional<Issuers.Name> name(String text) {
    return Issuers.at(PageText.tokensOf(text), 0);
  }

  /** True when the line holds a committee and nothing after it ("ỦY BAN NHÂN DÂN"): its place is below. */
  private static boolean bare(String text, Issuers.Name name) {
    return name.committee() != null && name.place() == null && name.end() == PageText.tokensOf(text).size();
  }

  /** The body a line names: a committee is followed by its place, in title case when not a known one. */
  private static Body read(String text, int line) {
    List<Token> words = PageText.tokensOf(text);
    Issuers.Name n = Issuers.at(words, 0).orElseThrow();
    if (n.committee() != null && n.place() == null && n.end() < words.size()) {
      return new Body(n.name() + " " + Spelling.titleCase(text.substring(words.get(n.end()).start())), true, line);
    }
    return new Body(n.name(), n.committee() != null, line);
  }

  /** The place after a line's committee: a known one, else the rest of the line in title case, else "". */
  private static String place(String text, Issuers.Name name) {
    if (name.place() != null) {
      return name.place();
    }
    List<Token> words = PageText.tokensOf(text);
    return name.end() < words.size() ? Spelling.titleCase(text.substring(words.get(name.end()).start())) : "";
  }

  /**
   * A department under the committee found above it takes the committee's level and place: "ỦY BAN NHÂN DÂN
   * TỈNH SƠN LA" over "SỞ GIÁO DỤC VÀ ĐÀO TẠO" is the Sở Giáo dục và Đào tạo tỉnh Sơn La. Any other body
   * found below a body is the issuer itself (the parent stands above it).
   */
  private static Body underItsCommittee(Body body, Body above) {
    boolean department = Issuers.body(body.name()).filter(b -> b.role() == Tables.BodyRole.DEPARTMENT).isPresent();
    String level = above.committee() ? levelAndPlace(above.name()) : "";
    return department && !level.isEmpty() ? new Body(body.name() + " " + level, false, body.line()) : body;
  }

  /**
   * The level and place that follow a committee's bare name: "tỉnh Sơn La" in "Ủy ban nhân dân tỉnh Sơn La",
   * or "" when the name holds none (a bare committee, a Party committee: "Tỉnh ủy Lâm Đồng").
   */
  private static String levelAndPlace(String committee) {
    String[] words = committee.split(" ");
    for (int k = 1; k < words.length; k++) {
      String bare = String.join(" ", Arrays.copyOfRange(words, 0, k));
      if (Issuers.body(bare).filter(b -> b.role() == Tables.BodyRole.COMMITTEE && b.name().equals(bare)).isPresent()) {
        String rest = String.join(" ", Arrays.copyOfRange(words, k, words.length));
        return Character.isLowerCase(rest.charAt(0)) ? rest : "";
      }
    }
    return "";
  }

  /**
   * "TỈNH ỦY LÂM ĐỒNG" over "BAN TUYÊN GIÁO": Ban Tuyên giáo Tỉnh ủy Lâm Đồng; "BAN CHẤP HÀNH TRUNG ƯƠNG" over
   * "VĂN PHÒNG": Văn phòng Trung ương Đảng.
   */
  private static Optional<Body> underCommittee(String text, Issuers.Name name, String below, int line) {
    String completion = Tables.BOARD_PARENTS.get(name.name());
    if (name.committee() == null && completion != null) {
      List<Token> words = PageText.tokensOf(below + " " + completion);
      int printed = PageText.tokensOf(below).size();
      // the completion's words may end the board's name in part: "BAN TỔ CHỨC" + "Trung ương (Đảng)"
      return Tables.CODE_BODIES.at(words, 0).filter(m -> m.end() > printed + 1)
          .map(m -> new Body(m.value(), false, line));
    }
    if (name.committee() == null) {
      return Optional.empty();
    }
    List<Token> words = PageText.tokensOf(below + " " + name.committee().name());
    return Tables.CODE_BODIES.whole(words)
        .filter(body -> !body.equals(name.committee().name()))
        .map(body -> new Body(withPlace(body, place(text, name)), false, line));
  }

  /** The committee's body that the number's issuer code names: 12-HD/BTGTU under "TỈNH ỦY LÂM ĐỒNG". */
  private static Optional<Body> ofCode(String text, Issuers.Name name, String issuerCode, int line) {
    Optional<String> body = IssuerCodes.name(issuerCode).filter(Tables::isCodeBody);
    if (body.isEmpty() || name.committee() == null) {
      return Optional.empty();
    }
    List<String> words = PageText.normsOf(body.get());
    List<String> committee = PageText.normsOf(name.committee().name());
    boolean belongs = words.size() > committee.size()
        && words.subList(words.size() - committee.size(), words.size()).equals(committee);
    return belongs ? Optional.of(new Body(withPlace(body.get(), place(text, name)), false, line)) : Optional.empty();
  }

  private static String withPlace(String body, String place) {
    return place.isEmpty() ? body : body + " " + place;
  }
}
