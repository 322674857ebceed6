package vn.vankho.text;

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
 */
public final class FoldedText {
  private final String original;
  private final String folded;
  private String lower;
  private String searchForm;

  private FoldedText(String original, String folded) {
    this.original = original;
    this.folded = folded;
  }

  /** {@code text} composed to NFC, and its folded form. */
  public static FoldedText of(String text) {
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

  public int length() {
    return original.length();
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
