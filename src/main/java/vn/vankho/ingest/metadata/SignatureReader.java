package vn.vankho.ingest.metadata;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.vankho.text.Phrases;

/**
 * The signature block: a prefix saying on whose behalf ("T/M BAN THƯỜNG VỤ", "KT. CHỦ TỊCH"), the
 * signer's title ("PHÓ BÍ THƯ"), a note or a signature, then the name. Text extraction often merges it
 * with the "Nơi nhận" column beside it ("- Thường trực Tỉnh ủy (báo cáo), PHÓ BÍ THƯ"), so a title is
 * the run of capitals that ends a line. Printed as "T/M Ban Thường vụ, Phó Bí thư".
 */
final class SignatureReader {
  /** Lines after the title where the name may stand, past notes and a merged recipients column. */
  private static final int NAME_REACH = 20;
  /** Lines at the top of the first page that hold the header, never a signature. */
  private static final int HEADER_LINES = 8;
  /** Lines at the end of a document where a block without prefix ("GIÁM ĐỐC") is looked for. */
  private static final int TAIL = 40;
  /** A prefix as a word of its own: not inside a number ("21/MTTQ" holds no "1/M"), a word or a code. */
  private static final Pattern PREFIX = Pattern.compile("(?<![\\p{L}\\p{N}/.])("
      + Tables.SIGNATURE_PREFIXES.keySet().stream()
          .sorted((a, b) -> b.length() - a.length())
          .map(Pattern::quote)
          .collect(Collectors.joining("|"))
      + ")\\s*(?=\\p{Lu}{2})");
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}(?:\\p{Ll}*|\\p{Lu}*)");

  private SignatureReader() {}

  /** What the block says, and where; a part it does not show is null. */
  record Signature(String onBehalfOf, Extracted<String> title, Extracted<String> name) {}

  /**
   * The signature block. Appendices and forms may follow it, with blocks of their own that name no one
   * ("TM. ỦY BAN NHÂN DÂN XÃ...." / "(Ký tên, đóng dấu)"), so a block that names its signer is preferred:
   * the last one with a prefix, else the last title standing alone over a name ("BỘ TRƯỞNG" / "Nguyễn
   * Chí Dũng"), else the last block found without a name.
   */
  static Optional<Signature> read(List<PageText> pages) {
    Signature unnamed = null;
    for (int p = pages.size() - 1; p >= 0; p--) {
      PageText page = pages.get(p);
      for (int i = page.lineCount() - 1; i >= 0; i--) {
        Optional<Signature> block = prefixed(page, i);
        if (block.isPresent() && block.get().name() != null) {
          return block;
        }
        if (block.isPresent() && unnamed == null) {
          unnamed = block.get();
        }
      }
    }
    for (int p = pages.size() - 1; p >= 0; p--) {
      PageText page = pages.get(p);
      int from = p == pages.size() - 1 && unnamed == null ? Math.max(0, page.lineCount() - TAIL) : 0;
      // a signature never stands in the header, whose "ỦY BAN NHÂN DÂN" / "TỈNH ..." reads like a title over a name
      from = p == 0 ? Math.max(from, HEADER_LINES) : from;
      for (int i = page.lineCount() - 1; i >= from; i--) {
        Optional<Signature> block = titled(page, i);
        if (block.isPresent() && (block.get().name() != null || unnamed == null)) {
          return block;
        }
      }
      if (p == pages.size() - 1 && unnamed == null) {
        Optional<Signature> closed = afterClosingMark(page, from);
        if (closed.isPresent()) {
          return closed;
        }
      }
    }
    return Optional.ofNullable(unnamed);
  }

  /**
   * A title over a name right after the mark "./." that closes the text (Nghị định 30/2020/NĐ-CP Phụ lục I), on a
   * line before {@code before}: a copy without page breaks runs its attached forms and appendices far past the
   * signature ("... cho phù hợp./." / "BỘ TRƯỞNG" / "Nguyễn Chí Dũng" / forms of 50 pages).
   */
  private static Optional<Signature> afterClosingMark(PageText page, int before) {
    for (int e = HEADER_LINES; e < before; e++) {
      if (page.line(e).strip().endsWith("./.")) {
        for (int i = e + 1; i < Math.min(before, e + NAME_REACH); i++) {
          Optional<Signature> block = titled(page, i).filter(b -> b.name() != null);
          if (block.isPresent()) {
            return block;
          }
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** The block a consolidated text's certification closes with, read from line {@code from} on. */
  static Optional<Signature> readFrom(PageText page, int from) {
    for (int i = from; i < Math.min(page.lineCount(), from + NAME_REACH); i++) {
      Optional<Signature> block = prefixed(page, i);
      if (block.isEmpty()) {
        block = titled(page, i);
      }
      if (block.isPresent()) {
        return block;
      }
    }
    return Optional.empty();
  }

  /** The block opened by a prefix on line {@code i} ("KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG" / name). */
  private static Optional<Signature> prefixed(PageText page, int i) {
    String line = page.line(i);
    Matcher m = PREFIX.matcher(line);
    if (!m.find()) {
      return Optional.empty();
    }
    String prefix = Tables.SIGNATURE_PREFIXES.get(m.group(1));
    String body = restore(leadingCapitals(line.substring(m.end())));
    int titleLine = nextTitleLine(page, i + 1);
    String title = titleLine < 0 ? null : title(page.line(titleLine)).orElseThrow();
    String printed = prefix + " " + body + (title == null ? "" : ", " + title);
    return Optional.of(new Signature(body, new Extracted<>(printed, page.page, line.strip()),
        name(page, titleLine < 0 ? i + 1 : titleLine + 1)));
  }

  /**
   * A title standing alone on line {@code i}, in capitals ("GIÁM ĐỐC", "CHỦ TỊCH QUỐC HỘI"), over a name; written
   * out as the acting head's ("QUYỀN CHỦ TỊCH"), and completed by the State's name on the next line ("CHỦ TỊCH" /
   * "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": the Chủ tịch nước, the head of State's own title).
   */
  private static Optional<Signature> titled(PageText page, int i) {
    String line = page.line(i).strip();
    if (!PageText.isHeading(line)) {
      return Optional.empty();
    }
    List<Token> words = page.strippedLineTokens(i);
    Optional<Phrases.Match<String>> acting = Tables.documentCue("acting").at(words, 0);
    int from = acting.map(Phrases.Match::end).orElse(0);
    Optional<String> title = Tables.TITLES.whole(words.subList(from, words.size()))
        .map(t -> ofState(page, i + 1).flatMap(state -> Tables.TITLES.whole(PageText.tokensOf(t + " " + state)))
            .orElse(t))
        .map(t -> acting.map(a -> a.value() + " " + t).orElse(t));
    return title.map(t -> new Signature(null, new Extracted<>(t, page.page, line), name(page, i + 1)));
  }

  /** "nước" when line {@code i} opens with the State's name, which then belongs to the title above it. */
  private static Optional<String> ofState(PageText page, int i) {
    if (i >= page.lineCount()) {
      return Optional.empty();
    }
    String line = page.line(i);
    List<Token> words = page.lineTokens(i);
    return Tables.documentCue("state-name").at(words, 0).map(m -> line.substring(words.get(0).start(), words.get(0).end()));
  }

  private static Extracted<String> name(PageText page, int from) {
    for (int i = from; i < Math.min(page.lineCount(), from + NAME_REACH); i++) {
      String line = page.line(i).strip();
      if (line.isEmpty() || line.startsWith("-") || line.startsWith("+")
          || Tables.documentCue("signed").first(page.strippedLineTokens(i), 0, 3).isPresent()) {
        continue;
      }
      List<Token> tokens = page.strippedLineTokens(i);
      if (Tables.documentCue("appendix").at(tokens, 0).isPresent()
          || Tables.documentCue("blank-name").first(tokens, 0, tokens.size()).isPresent()) {
        // "| KT. THỦ TƯỚNG |" then "DANH SÁCH": the copy lost the name, the attached list begins; a form's block
        // "TRƯỞNG BAN" / "(ký, ghi rõ họ và tên)" is for whoever fills it in
        return null;
      }
      Optional<Phrases.Match<String>> rank = Tables.documentCue("rank").at(tokens, 0);
      if (rank.isPresent() && rank.get().end() < tokens.size()) {
        line = line.substring(tokens.get(rank.get().end()).start()).strip();
      }
      String[] words = line.split("\\s+");
      boolean upper = line.equals(line.toUpperCase(Locale.ROOT));
      boolean allNameWords = words.length >= 2 && words.length <= 5
          && Arrays.stream(words).allMatch(w -> NAME_WORD.matcher(w).matches()
              && (upper || w.length() == 1 || !w.substring(1).equals(w.substring(1).toUpperCase(Locale.ROOT))));
      if (allNameWords) {
        return new Extracted<>(Spelling.titleCase(line), page.page, line);
      }
    }
    return null;
  }

  /** The spelling of a body or title from the tables, else the capitals in sentence case. */
  private static String restore(String capitals) {
    List<Token> words = PageText.tokensOf(capitals);
    return Tables.TITLES.whole(words)
        .or(() -> Tables.BODIES.whole(words).map(Tables.Body::name))
        .orElse(Spelling.sentenceCase(capitals));
  }

  private static int nextTitleLine(PageText page, int from) {
    for (int i = from; i < Math.min(page.lineCount(), from + NAME_REACH); i++) {
      if (title(page.line(i)).isPresent()) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The title of the signature table that ends {@code line}, in capitals; or the line as a whole, as web copies
   * print the title under a prefix in sentence case ("KT. THỦ TƯỚNG" / "Phó Thủ tướng").
   */
  private static Optional<String> title(String line) {
    return Tables.TITLES.whole(PageText.tokensOf(trailingCapitals(line)))
        .or(() -> Tables.TITLES.whole(PageText.tokensOf(line.strip())));
  }

  private static String leadingCapitals(String text) {
    StringBuilder run = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (!isCapitals(word)) {
        break;
      }
      run.append(run.length() == 0 ? "" : " ").append(word);
    }
    return run.toString();
  }

  /** The run of words in capitals that ends a line. */
  private static String trailingCapitals(String line) {
    String[] words = line.strip().split("\\s+");
    int start = words.length;
    while (start > 0 && isCapitals(words[start - 1])) {
      start--;
    }
    return String.join(" ", Arrays.copyOfRange(words, start, words.length));
  }

  private static boolean isCapitals(String word) {
    return word.codePoints().anyMatch(Character::isLetter)
        && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
  }
}
