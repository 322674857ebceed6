package vn.vankho.index;

import java.text.BreakIterator;
import java.util.Locale;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.jsoup.parser.Parser;

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

  /**
   * A snippet with nothing marked cut to the text's first sentence, as the embedded highlighter opens such a text:
   * Solr's opens it with as many sentences as a marked snippet may hold. The sentence is found in the text as written
   * (unescaped), then escaped again as the highlighter escapes.
   */
  public static String openingSentence(String snippet) {
    if (snippet == null || snippet.contains(MARK)) {
      return snippet;
    }
    String text = Parser.unescapeEntities(snippet, false);
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(text);
    int end = sentences.next();
    return end == BreakIterator.DONE ? snippet : Escaper.INSTANCE.escaped(text.substring(0, end));
  }

  /** The highlighter's own escaping, reached through its formatter. */
  private static final class Escaper extends DefaultPassageFormatter {
    static final Escaper INSTANCE = new Escaper();

    private Escaper() {
      super(MARK, END_MARK, ELLIPSIS, true);
    }

    String escaped(String text) {
      StringBuilder html = new StringBuilder();
      append(html, text, 0, text.length());
      return html.toString();
    }
  }
}
