package vn.vankho.ingest.metadata;

import java.util.List;
import java.util.Optional;
import vn.vankho.text.Phrases;

/**
 * Names of issuing bodies read from a page's words with index-config/issuing-bodies.txt and
 * place-names.txt: "Ban Thuong vu Huyén ty Pam Réng" is "Ban Thường vụ Huyện ủy Đam Rông".
 * A name is a standing part and a committee ("Ban Thường vụ" "Tỉnh ủy"), a committee, or a complete
 * body ("Bộ Chính trị"); a committee may be followed by a known place.
 */
final class Issuers {
  private Issuers() {}

  /**
   * An issuer's name read at a token, the token range it covers, its committee when it has one, and
   * the known place that followed the committee (null when none did).
   */
  record Name(String name, int start, int end, Tables.Body committee, String place) {}

  /** The issuer name starting at token {@code from}. */
  static Optional<Name> at(List<Token> tokens, int from) {
    Optional<Phrases.Match<Tables.Body>> first = Tables.BODIES.at(tokens, from);
    if (first.isEmpty()) {
      return Optional.empty();
    }
    Phrases.Match<Tables.Body> m = first.get();
    String standing = "";
    if (m.value().role() == Tables.BodyRole.STANDING) {
      Optional<Phrases.Match<Tables.Body>> next = Tables.BODIES.at(tokens, m.end());
      if (next.isEmpty() || next.get().value().role() != Tables.BodyRole.COMMITTEE) {
        return Optional.empty();
      }
      standing = m.value().name() + " ";
      m = next.get();
    }
    if (m.value().role() == Tables.BodyRole.BODY || m.value().role() == Tables.BodyRole.DEPARTMENT) {
      // a board of a committee is named in running text with the committee's place: "Ban Tuyên giáo Tỉnh ủy Trà Vinh"
      String body = m.value().name();
      Optional<Phrases.Match<String>> place = ofCommittee(body) ? Tables.PLACES.at(tokens, m.end()) : Optional.empty();
      return Optional.of(place.map(p -> new Name(body + " " + p.value(), from, p.end(), null, p.value()))
          .orElse(new Name(body, from, m.end(), null, null)));
    }
    Phrases.Match<Tables.Body> committee = m;
    String name = standing + committee.value().name();
    Optional<Phrases.Match<String>> place = Tables.PLACES.at(tokens, committee.end());
    return Optional.of(place
        .map(p -> new Name(name + " " + p.value(), from, p.end(), committee.value(), p.value()))
        .orElse(new Name(name, from, committee.end(), committee.value(), null)));
  }

  /** True when a body's name ends with a committee's ("Ban Tuyên giáo Tỉnh ủy"), whose place may follow it. */
  private static boolean ofCommittee(String body) {
    List<Token> words = PageText.tokensOf(body);
    for (int i = 1; i < words.size(); i++) {
      if (Tables.BODIES.whole(words.subList(i, words.size()))
          .filter(b -> b.role() == Tables.BodyRole.COMMITTEE).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The issuer name that starts within {@code window} tokens after {@code from}. */
  static Optional<Name> near(List<Token> tokens, int from, int window) {
    for (int i = from; i < Math.min(tokens.size(), from + window); i++) {
      Optional<Name> n = at(tokens, i);
      if (n.isPresent()) {
        return n;
      }
    }
    return Optional.empty();
  }

  /** The name of a table entry spelled as given ("Ban Thường vụ"), with its role. */
  static Optional<Tables.Body> body(String spelled) {
    List<Token> words = PageText.tokensOf(spelled);
    return Tables.BODIES.whole(words);
  }
}
