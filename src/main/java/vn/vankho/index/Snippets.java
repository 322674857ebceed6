package vn.vankho.index;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;

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

  private static final Pattern ESCAPED = Pattern.compile("&(amp|lt|gt|quot|#x([0-9A-Fa-f]+)|#([0-9]+));");

  /**
   * A snippet with nothing marked cut to the text's first sentence, as the embedded highlighter opens such a text:
   * Solr's opens it with as many sentences as a marked snippet may hold. The sentence is found in the text as written
   * (unescaped), then escaped again as the highlighter escapes.
   */
  public static String openingSentence(String snippet) {
    if (snippet == null || snippet.contains(MARK)) {
      return snippet;
    }
    String text = unescaped(snippet);
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(text);
    int end = sentences.next();
    return end == BreakIterator.DONE ? snippet : Escaper.INSTANCE.escaped(text.substring(0, end));
  }

  private static String unescaped(String html) {
    Matcher entity = ESCAPED.matcher(html);
    StringBuilder text = new StringBuilder();
    while (entity.find()) {
      String replacement = switch (entity.group(1)) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        default -> Character.toString(entity.group(2) != null ? Integer.parseInt(entity.group(2), 16)
            : Integer.parseInt(entity.group(3)));
      };
      entity.appendReplacement(text, Matcher.quoteReplacement(replacement));
    }
    entity.appendTail(text);
    return text.toString();
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
