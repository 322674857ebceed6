package vn.vankho.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text (NFC) with its folded forms, each the same length as the text, character for character, so that an offset
 * found in a folded form cuts the original at the same place: a cue found where OCR's lost or wrong marks do not
 * matter gives back the words as written. The one fold routine of the readers; the rules are {@link Diacritics}'.
 * <ul>
 *   <li>{@link #folded}: tone and vowel marks dropped, đ to d, case kept ("Đam Rông" is "Dam Rong"); a mark left
 *       standing alone, which folds to nothing, stays as it is;</li>
 *   <li>{@link #lower}: {@link #folded} in lower case;</li>
 *   <li>{@link #searchForm}: each character's {@link Diacritics#searchForm}, with a blank where that is not one
 *       character (a mark standing alone), so that words keep their edges. Cues are matched on this form.</li>
 * </ul>
 * The lower and search forms are made on first use: most texts need only one of them.
 *
 * <p>A page is folded once, when it is read, and its readers work on parts of it ({@link #part}, {@link #lines},
 * {@link #joined}) that share its forms: every form is made character by character, so the forms of a part are the
 * parts of the forms. As a {@link CharSequence} it is its original text, and {@link #of} gives a text folded already
 * back as it is: a reader handed a page folded or not folds it at most once.
 */
public final class FoldedText implements CharSequence {
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  /** A line break with the blanks around it. */
  private static final Pattern WRAP = Pattern.compile("\\s*\\R\\s*");
  private final String original;
  private final String folded;
  private String lower;
  private String searchForm;

  private FoldedText(String original, String folded) {
    this.original = original;
    this.folded = folded;
  }

  /** {@code text} composed to NFC, and its folded form; {@code text} itself when it is folded already. */
  public static FoldedText of(CharSequence text) {
    if (text instanceof FoldedText folded) {
      return folded;
    }
    String nfc = Diacritics.nfc(text);
    StringBuilder folded = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      String f = c < '\u0080' ? null : Diacritics.foldChar(c);
      folded.append(f != null && f.length() == 1 ? f.charAt(0) : c);
    }
    return new FoldedText(nfc, folded.toString());
  }

  /** The text as given, in NFC. */
  public String original() {
    return original;
  }

  /** The text without its marks, case kept. */
  public String folded() {
    return folded;
  }

  /** {@link #folded} in lower case. */
  public String lower() {
    if (lower == null) {
      lower = Diacritics.lower(folded);
    }
    return lower;
  }

  /** The search form, character by character: what cues are found in. */
  public String searchForm() {
    if (searchForm == null) {
      StringBuilder form = new StringBuilder(original.length());
      for (int i = 0; i < original.length(); i++) {
        String f = Diacritics.searchFormChar(original.charAt(i));
        form.append(f.length() == 1 ? f.charAt(0) : ' ');
      }
      searchForm = form.toString();
    }
    return searchForm;
  }

  /** The part between two offsets, its forms cut from this text's. */
  public FoldedText part(int from, int to) {
    FoldedText part = new FoldedText(original.substring(from, to), folded.substring(from, to));
    part.searchForm = searchForm == null ? null : searchForm.substring(from, to);
    return part;
  }

  /** The part without the blanks around it, as {@link String#strip} cuts them. */
  public FoldedText strip() {
    int from = 0;
    int to = original.length();
    while (from < to && Character.isWhitespace(original.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(original.charAt(to - 1))) {
      to--;
    }
    return from == 0 && to == original.length() ? this : part(from, to);
  }

  /**
   * The lines, as {@code original().split("\\R")} cuts them: empty lines at the end left out. The search form is made
   * for the whole text first, so that the lines share it.
   */
  public List<FoldedText> lines() {
    List<FoldedText> lines = between(LINE_BREAK);
    while (lines.size() > 1 && lines.get(lines.size() - 1).length() == 0) {
      lines.remove(lines.size() - 1);
    }
    return lines.size() == 1 && lines.get(0).length() == 0 && original.length() > 0 ? List.of() : lines;
  }

  /**
   * The text with each line break and the blanks around it made one space, as a wrapped sentence reads; its search form
   * joined from this text's, made first.
   */
  public FoldedText withLinesJoined() {
    return joined(between(WRAP));
  }

  /** The parts between the matches of {@code separator}: this text alone when it has none. */
  private List<FoldedText> between(Pattern separator) {
    searchForm();
    List<FoldedText> parts = new ArrayList<>();
    int from = 0;
    Matcher matches = separator.matcher(original);
    while (matches.find()) {
      parts.add(part(from, matches.start()));
      from = matches.end();
    }
    parts.add(from == 0 ? this : part(from, original.length()));
    return parts;
  }

  /**
   * The parts one after another, a space between each two (a space is itself in every form); the search form joined
   * too when every part has made its own.
   */
  public static FoldedText joined(List<FoldedText> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    StringBuilder original = new StringBuilder();
    StringBuilder folded = new StringBuilder();
    StringBuilder searchForm = parts.stream().allMatch(p -> p.searchForm != null) ? new StringBuilder() : null;
    for (int i = 0; i < parts.size(); i++) {
      FoldedText part = parts.get(i);
      if (i > 0) {
        original.append(' ');
        folded.append(' ');
      }
      original.append(part.original);
      folded.append(part.folded);
      if (searchForm != null) {
        searchForm.append(i > 0 ? " " : "").append(part.searchForm);
      }
    }
    FoldedText joined = new FoldedText(original.toString(), folded.toString());
    joined.searchForm = searchForm == null ? null : searchForm.toString();
    return joined;
  }

  @Override
  public int length() {
    return original.length();
  }

  @Override
  public char charAt(int index) {
    return original.charAt(index);
  }

  @Override
  public CharSequence subSequence(int from, int to) {
    return original.subSequence(from, to);
  }

  /** The original. */
  @Override
  public String toString() {
    return original;
  }

  /** The original between two offsets of a folded form, stripped of surrounding blanks. */
  public String original(int from, int to) {
    return original.substring(from, to).strip();
  }

  /** Where {@code cue} (in search form) starts as whole words at or after {@code from}; -1 when it does not. */
  public int find(String cue, int from) {
    String form = searchForm();
    for (int at = form.indexOf(cue, from); at >= 0; at = form.indexOf(cue, at + 1)) {
      if (wordEdge(at - 1) && wordEdge(at + cue.length())) {
        return at;
      }
    }
    return -1;
  }

  /** Whether the text begins with {@code cue} (in search form) as whole words. */
  public boolean startsWith(String cue) {
    return startsAt(cue, 0);
  }

  /** Whether {@code cue} (in search form) is at {@code at} and ends a word there; what is before it is not looked at. */
  public boolean startsAt(String cue, int at) {
    return at >= 0 && searchForm().startsWith(cue, at) && wordEdge(at + cue.length());
  }

  private boolean wordEdge(int at) {
    String form = searchForm();
    return at < 0 || at >= form.length() || !Character.isLetterOrDigit(form.charAt(at));
  }
}
