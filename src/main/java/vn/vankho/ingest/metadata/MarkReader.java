package vn.vankho.ingest.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The độ mật and độ khẩn marks under a document's number (Nghị định 30/2020/NĐ-CP, Phụ lục I, ô 10a and 10b:
 * "MẬT", "TỐI MẬT", "KHẨN", "HỎA TỐC"), as index-config/document-marks.txt lists them.
 *
 * <ul>
 *   <li>Only the header is read: the lines above the type heading (or a letter's top), so the words of the
 *       body ("giữ bí mật", "khẩn trương triển khai") are never taken for a mark.
 *   <li>A mark is a stamp of its own: a line in capitals whose words are marks and nothing else ("MẬT",
 *       "TỐI MẬT", "MẬT HỎA TỐC"); the frame a stamp is printed in ("| MẬT |") is not a word.
 *   <li>Words are compared without marks and exactly: a stamp is short, and one edit would make "MẶT" or
 *       "MỘT" of a heading line a secret.
 * </ul>
 */
final class MarkReader {
  private MarkReader() {}

  /** The marks found, each the code of its level with the line it was read from; null when there is none. */
  record Marks(Extracted<String> secrecy, Extracted<String> urgency) {}

  static Marks read(PageText page, int top) {
    Extracted<String> secrecy = null;
    Extracted<String> urgency = null;
    for (int i = 0; i < Math.min(top, page.lineCount()); i++) {
      String line = page.line(i).strip();
      if (!PageText.isHeading(line)) {
        continue;
      }
      List<Token> words = page.strippedLineTokens(i);
      Optional<List<Tables.Mark>> marks = marks(words);
      if (marks.isEmpty()) {
        continue;
      }
      for (Tables.Mark mark : marks.get()) {
        Extracted<String> found = new Extracted<>(mark.code(), page.page, line);
        if (mark.secrecy() && secrecy == null) {
          secrecy = found;
        } else if (!mark.secrecy() && urgency == null) {
          urgency = found;
        }
      }
    }
    return new Marks(secrecy, urgency);
  }

  /** The marks that make up all of {@code words}, the longest first at each word; empty when any word is not one. */
  private static Optional<List<Tables.Mark>> marks(List<Token> words) {
    List<Tables.Mark> found = new ArrayList<>();
    int at = 0;
    while (at < words.size()) {
      Tables.Mark longest = null;
      for (Tables.Mark mark : Tables.MARKS) {
        List<String> norms = mark.norms();
        if ((longest == null || norms.size() > longest.norms().size()) && at + norms.size() <= words.size()
            && words.subList(at, at + norms.size()).stream().map(Token::norm).toList().equals(norms)) {
          longest = mark;
        }
      }
      if (longest == null) {
        return Optional.empty();
      }
      found.add(longest);
      at += longest.norms().size();
    }
    return found.isEmpty() ? Optional.empty() : Optional.of(found);
  }
}
