package vn.vankho.ingest.metadata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import vn.vankho.text.Diacritics;
import vn.vankho.text.DocumentNumbers;
import vn.vankho.text.FoldedText;

/**
 * One page of a document in the forms extraction reads: NFC text, the same text folded (same length,
 * so an offset found in one is valid in the other), its lines and its words.
 *
 * <p>Words are normalized for the slips an OCR engine that does not know Vietnamese makes, which
 * the fixture shows: a digit inside a word is a letter ("s6" is "so", "b6" is "bo", "16p" is "lop");
 * "tr" or "ir" after the first letter is "u" ("ctr" is "cu", "chirc" is "chuc"), since no Vietnamese
 * syllable has them there; a word starting with "p" but not "ph" began with Đ ("Pam Rông").
 */
final class PageText {
  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\f\\r]*\\n");

  final int page;
  final String text;
  /** Folded, case kept: same length as {@link #text}. */
  final String folded;
  final List<Token> tokens;
  private final FoldedText forms;
  private final int[] lineStarts;
  /** Each line's words, cut from {@link #tokens} on first use: readers ask for a line's words again and again. */
  private final List<Token>[] lineTokens;
  /** The document numbers on the page, found on first use: several readers ask for them, one once per cue. */
  private List<DocumentNumbers.Found> numbers;

  /** {@code raw}: the page's text, folded or not (a page folded already is not folded again). */
  @SuppressWarnings("unchecked")
  PageText(int page, CharSequence raw) {
    this.page = page;
    FoldedText given = FoldedText.of(raw);
    this.forms = given.original().indexOf('\r') < 0 ? given : FoldedText.of(given.original().replace("\r", ""));
    this.text = forms.original();
    this.folded = forms.folded();
    this.tokens = tokenize(folded);
    this.lineStarts = lineStarts(text);
    this.lineTokens = new List[lineStarts.length];
  }

  /** The words of {@code text}, a line or a phrase that is not a whole line of a page, where they stand in it. */
  static List<Token> tokensOf(String text) {
    return tokenize(FoldedText.of(text.replace("\r", "")).folded());
  }

  /** The words of line {@code i} (0-based), where they stand in the line: as {@link #tokensOf} the line. */
  List<Token> lineTokens(int i) {
    if (lineTokens[i] == null) {
      // a line break is no part of a word, so the page's words within the line are the line's words
      int start = lineStarts[i];
      int end = i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : text.length();
      List<Token> words = new ArrayList<>();
      for (int t = tokenIndexAt(start); t < tokens.size() && tokens.get(t).start() < end; t++) {
        Token word = tokens.get(t);
        words.add(new Token(word.norm(), word.start() - start, word.end() - start));
      }
      lineTokens[i] = List.copyOf(words);
    }
    return lineTokens[i];
  }

  /** The words of line {@code i} where they stand in the line stripped of its blanks: as {@link #tokensOf} it. */
  List<Token> strippedLineTokens(int i) {
    String line = line(i);
    int lead = line.length() - line.stripLeading().length();
    List<Token> words = lineTokens(i);
    return lead == 0 ? words : words.stream().map(t -> new Token(t.norm(), t.start() - lead, t.end() - lead)).toList();
  }

  /** {@link #folded} in lower case, made once for the readers that ask. */
  String lower() {
    return forms.lower();
  }

  /** {@link Numbers#find} of the whole page's text. */
  List<DocumentNumbers.Found> numbers() {
    if (numbers == null) {
      numbers = List.copyOf(Numbers.find(text));
    }
    return numbers;
  }

  int lineCount() {
    return lineStarts.length;
  }

  /** Line {@code i} (0-based), without its line break. */
  String line(int i) {
    int end = i + 1 < lineStarts.length ? lineStarts[i + 1] - 1 : text.length();
    return text.substring(lineStarts[i], end);
  }

  int lineStart(int i) {
    return lineStarts[i];
  }

  /** The line holding {@code offset}: the last that starts at or before it (line starts only grow). */
  int lineIndexAt(int offset) {
    int found = Arrays.binarySearch(lineStarts, offset);
    return found >= 0 ? found : Math.max(0, -found - 2);
  }

  /** The trimmed line holding {@code offset}: the provenance of what was read there. */
  String lineAt(int offset) {
    return line(lineIndexAt(offset)).strip();
  }

  /** Index of the first token starting at or after {@code offset}. */
  int tokenIndexAt(int offset) {
    int low = 0;
    int high = tokens.size(); // tokens are in page order: binary search for the first at or after offset
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (tokens.get(middle).start() < offset) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
  }

  /**
   * True when a clause begins at {@code offset}: at the start of the page, after ";", "." or ":", after a
   * blank line, after a heading line, or after a line that ends a sentence. A leading bullet is skipped.
   */
  boolean startsClause(int offset) {
    int i = offset - 1;
    while (i >= 0 && " \t-+•*".indexOf(text.charAt(i)) >= 0) {
      i--;
    }
    if (i < 0 || ";.:".indexOf(text.charAt(i)) >= 0) {
      return true;
    }
    if (text.charAt(i) != '\n') {
      return false;
    }
    String previous = line(lineIndexAt(i)).strip();
    return previous.isEmpty() || isHeading(previous) || ";.:".indexOf(previous.charAt(previous.length() - 1)) >= 0;
  }

  /** Where the clause that holds {@code offset} begins (see {@link #startsClause}), after its bullet. */
  int clauseStart(int offset) {
    int i = offset;
    while (i > 0 && !startsClause(i)) {
      i--;
    }
    while (i < offset && " \t\n-+•*".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /** True when a clause or paragraph ends between the two offsets. */
  boolean clauseEndsBetween(int from, int to) {
    String between = text.substring(from, to);
    for (int i = 0; i < between.length(); i++) {
      char c = between.charAt(i);
      boolean spaced = i + 1 == between.length() || Character.isWhitespace(between.charAt(i + 1));
      if ((c == ';' || c == ':' || c == '.') && spaced) {
        return true;
      }
    }
    return BLANK_LINE.matcher(between).find();
  }

  /** A line of capitals: a heading, a header line or a printed title. */
  static boolean isHeading(String line) {
    int letters = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (Character.isLetter(c)) {
        if (Character.isLowerCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 2;
  }

  /** The word-by-word form of a phrase from a data table, normalized like the page's words. */
  static List<String> normsOf(String phrase) {
    List<String> norms = new ArrayList<>();
    for (Token t : tokensOf(phrase)) {
      norms.add(t.norm());
    }
    return norms;
  }

  /** The runs of letters and digits ({@code [\\p{L}\\p{N}]+}), walked by hand: every page's every word comes here. */
  private static List<Token> tokenize(String folded) {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    while (i < folded.length()) {
      int c = folded.codePointAt(i);
      if (!isWordChar(c)) {
        i += Character.charCount(c);
        continue;
      }
      int start = i;
      while (i < folded.length() && isWordChar(c = folded.codePointAt(i))) {
        i += Character.charCount(c);
      }
      tokens.add(new Token(ocrNorm(Diacritics.lower(folded.substring(start, i))), start, i));
    }
    return tokens;
  }

  /** A letter or a number, as {@code \\p{L}} and {@code \\p{N}} take them. */
  private static boolean isWordChar(int c) {
    return switch (Character.getType(c)) {
      case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER, Character.MODIFIER_LETTER,
          Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  private static String ocrNorm(String word) {
    if (!has(word, Character::isLetter)) {
      return word;
    }
    String w = has(word, Character::isDigit)
        ? word.replace('6', 'o').replace('0', 'o').replace('1', 'l').replace('3', 'a').replace('4', 'a')
        : word;
    // most words have neither: the cheap look first, since every word of every page comes here
    if (w.indexOf("tr", 1) > 0 || w.indexOf("ir", 1) > 0) {
      w = w.charAt(0) + w.substring(1).replace("tr", "u").replace("ir", "u");
    }
    if (w.length() > 1 && w.charAt(0) == 'p' && w.charAt(1) != 'h') {
      w = 'd' + w.substring(1);
    }
    return w;
  }

  private static boolean has(String word, IntPredicate kind) {
    for (int i = 0; i < word.length(); i++) {
      if (kind.test(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
