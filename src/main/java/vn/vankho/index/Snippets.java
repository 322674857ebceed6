package vn.vankho.index;

/**
 * How a hit's snippet is made, by either kind of index: up to {@link #PASSAGES} sentences of the text around the
 * words found, marked, joined by an ellipsis, the text escaped for HTML; a hit found by its number or on a poorly
 * read page has no marked word in its text and shows its opening. Kept to about {@link #LENGTH} characters.
 */
public final class Snippets {
  private Snippets() {}

  public static final String MARK = "<mark>";
  public static final String END_MARK = "</mark>";
  public static final String ELLIPSIS = " … ";
  public static final int PASSAGES = 2;
  /** How much of a text the highlighter reads: all of it, up to a long book. */
  public static final int TEXT_READ = 1_000_000;
  static final int LENGTH = 300;

  /** The snippet cut to twice {@link #LENGTH} if longer (two long sentences). */
  public static String clip(String snippet) {
    return snippet != null && snippet.length() > LENGTH * 2 ? snippet.substring(0, LENGTH * 2) + " …" : snippet;
  }
}
