package vn.vankho.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The one matcher of the readers' closed lists of phrases (cue words, body names, titles, places, forms of award),
 * compiled once into a tree of the phrases' words, so that phrases sharing their first words are compared with a text
 * once, not once each. The readers load their tables; this only matches them. Two kinds of list:
 * <ul>
 *   <li>{@link #fuzzy}: found in a page's words despite small OCR slips, and given back in their proper spelling. A word
 *       may differ from the phrase's word by one edit (two for words of six letters or more), but the whole phrase by
 *       no more than one edit per five letters: "Thue hién" is "Thực hiện", "Ban Thudng vu Tinh dy" is "Ban Thường vụ
 *       Tỉnh ủy", but "các cơ" is not "căn cứ". One-letter words must be exact.</li>
 *   <li>{@link #exact}: found in a {@link FoldedText}'s search form as whole words, character for character, so that
 *       OCR that lost the marks still matches, and an offset found cuts the original.</li>
 * </ul>
 * At one place the longest phrase wins, then the closest, then the first added.
 */
public final class Phrases<T> {
  /** A word of a page in the form a fuzzy list's phrases are split into. */
  public interface Word {
    String norm();
  }

  /** A phrase found: its value and the range [start, end) it covers, in words or, in a folded text, in characters. */
  public record Match<T>(T value, int start, int end) {}

  /** A phrase's words, and a node where a phrase ends holds the first phrase added with those words. */
  private static final class Node<T> {
    final Map<String, Node<T>> next = new LinkedHashMap<>();
    /** The most edits any phrase through this node allows: more, and none below can match. */
    int mostEdits;
    /** The values of every phrase added with these words, the first one's first. */
    final List<T> values = new ArrayList<>();
    /** Of the phrase ending here: when it was added (the earlier wins a tie), its edit budget and its length. */
    int order = -1;
    int budget;
    int length;

    /** The value of the phrase that ends here, the first added with these words. */
    T first() {
      return values.get(0);
    }
  }

  private final Node<T> root = new Node<>();
  private final Function<String, List<String>> words;
  private final boolean fuzzy;
  /** The first characters of the exact phrases, so that a scan of a text skips the places none can start. */
  private final BitSet firsts = new BitSet();
  private int added;
  private int longest;

  private Phrases(Function<String, List<String>> words, boolean fuzzy) {
    this.words = words;
    this.fuzzy = fuzzy;
  }

  /** A list matched on words that {@code words} cuts a phrase into, as the reader cuts its pages. */
  public static <T> Phrases<T> fuzzy(Function<String, List<String>> words) {
    return new Phrases<>(words, true);
  }

  /** A list matched exactly on a folded text's search form ({@link FoldedText#searchForm}). */
  public static <T> Phrases<T> exact() {
    return new Phrases<>(phrase -> List.of(Diacritics.searchForm(phrase).split(" ", -1)), false);
  }

  public void add(String phrase, T value) {
    List<String> norms = words.apply(phrase);
    if (norms.isEmpty() || norms.get(0).isEmpty()) {
      throw new IllegalArgumentException("empty phrase for " + value);
    }
    int letters = norms.stream().mapToInt(String::length).sum();
    int budget = fuzzy ? Math.max(1, letters / 5) : 0;
    Node<T> node = root;
    for (String norm : norms) {
      node = node.next.computeIfAbsent(norm, n -> new Node<>());
      node.mostEdits = Math.max(node.mostEdits, budget);
    }
    if (node.order < 0) {
      node.order = added;
      node.budget = budget;
      node.length = letters + norms.size() - 1;
    }
    node.values.add(value);
    firsts.set(norms.get(0).charAt(0));
    longest = Math.max(longest, node.length);
    added++;
  }

  /**
   * The longest phrase starting at word {@code from}, the closest one of equal length ("Sở" over "Bộ Nội vụ"),
   * the first added of equally close ones.
   */
  public Optional<Match<T>> at(List<? extends Word> tokens, int from) {
    Best<T> best = new Best<>();
    walk(root, tokens, from, 0, best);
    return best.found(from);
  }

  /** The first phrase found at or after word {@code from} and before word {@code to}. */
  public Optional<Match<T>> first(List<? extends Word> tokens, int from, int to) {
    for (int i = from; i < Math.min(to, tokens.size()); i++) {
      Optional<Match<T>> m = at(tokens, i);
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  /** The value when all of {@code tokens} is one phrase. */
  public Optional<T> whole(List<? extends Word> tokens) {
    return at(tokens, 0).filter(m -> m.end() == tokens.size()).map(Match::value);
  }

  /** The longest phrase at offset {@code at} of {@code text} that ends a word there; what is before it is not looked at. */
  public Optional<Match<T>> at(FoldedText text, int at) {
    Best<T> best = new Best<>();
    if (at >= 0) {
      walk(root, text.searchForm(), at, (node, end) -> best.offer(node, end, 0));
    }
    return best.found(at);
  }

  /** Whether {@code text} begins with a phrase. */
  public boolean opens(FoldedText text) {
    return at(text, 0).isPresent();
  }

  /** The value when all of {@code text} is one phrase. */
  public Optional<T> whole(FoldedText text) {
    return at(text, 0).filter(m -> m.end() == text.length()).map(Match::value);
  }

  /** The first phrase found as whole words at or after offset {@code from}, the longest at its place. */
  public Optional<Match<T>> find(FoldedText text, int from) {
    String form = text.searchForm();
    for (int at = Math.max(from, 0); at < form.length(); at++) {
      if (firsts.get(form.charAt(at)) && wordEdge(form, at - 1)) {
        Optional<Match<T>> found = at(text, at);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** Whether a phrase stands anywhere in {@code text} as whole words. */
  public boolean in(FoldedText text) {
    return find(text, 0).isPresent();
  }

  /** The longest phrase that ends {@code text} as whole words. */
  public Optional<Match<T>> ending(FoldedText text) {
    String form = text.searchForm();
    for (int at = Math.max(0, form.length() - longest); at < form.length(); at++) {
      if (wordEdge(form, at - 1)) {
        Best<T> best = new Best<>();
        walk(root, form, at, (node, end) -> {
          if (end == form.length()) {
            best.offer(node, end, 0);
          }
        });
        if (best.node != null) {
          return best.found(at);
        }
      }
    }
    return Optional.empty();
  }

  /** The values of every phrase found anywhere in {@code text}, the longest phrase first, then the first added. */
  public List<T> all(FoldedText text) {
    String form = text.searchForm();
    Set<Node<T>> found = new LinkedHashSet<>();
    for (int at = 0; at < form.length(); at++) {
      if (firsts.get(form.charAt(at)) && wordEdge(form, at - 1)) {
        walk(root, form, at, (node, end) -> found.add(node));
      }
    }
    List<Node<T>> nodes = new ArrayList<>(found);
    nodes.sort(Comparator.comparingInt((Node<T> n) -> -n.length).thenComparingInt(n -> n.order));
    return nodes.stream().flatMap(n -> n.values.stream()).toList();
  }

  /**
   * The first phrase at or after offset {@code from} with the blanks of the text and of the phrases left out, for copies
   * that glue words ("Cờ thi đuacủa Chính phủ"), inside words too; at one place the longest phrase as written, then the
   * first added.
   */
  public Optional<Match<T>> findGlued(FoldedText text, int from) {
    String form = text.searchForm();
    for (int at = Math.max(from, 0); at < form.length(); at++) {
      if (Character.isWhitespace(form.charAt(at))) {
        continue;
      }
      Node<T>[] best = newNodes();
      int[] bestEnd = {-1};
      glued(root, form, at, (node, end) -> {
        if (best[0] == null || node.length > best[0].length || node.length == best[0].length && node.order < best[0].order) {
          best[0] = node;
          bestEnd[0] = end;
        }
      });
      if (best[0] != null) {
        return Optional.of(new Match<>(best[0].first(), at, bestEnd[0]));
      }
    }
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static <T> Node<T>[] newNodes() {
    return new Node[1];
  }

  /** The best phrase found so far: where it ends, its node, its edits. */
  private static final class Best<T> {
    Node<T> node;
    int end;
    int edits;

    Optional<Match<T>> found(int start) {
      return node == null ? Optional.empty() : Optional.of(new Match<>(node.first(), start, end));
    }

    /** Keeps a phrase ending at {@code at} if it is better: longer first, then fewer edits, then added earlier. */
    void offer(Node<T> candidate, int at, int withEdits) {
      boolean better = node == null || (at != end ? at > end
          : withEdits != edits ? withEdits < edits : candidate.order < node.order);
      if (better) {
        node = candidate;
        end = at;
        edits = withEdits;
      }
    }
  }

  private void walk(Node<T> node, List<? extends Word> tokens, int at, int edits, Best<T> best) {
    if (at >= tokens.size()) {
      return;
    }
    String word = tokens.get(at).norm();
    for (Map.Entry<String, Node<T>> child : node.next.entrySet()) {
      Node<T> next = child.getValue();
      int total = edits + distance(child.getKey(), word);
      if (total > next.mostEdits) {
        continue;
      }
      if (next.order >= 0 && total <= next.budget) {
        best.offer(next, at + 1, total);
      }
      walk(next, tokens, at + 1, total, best);
    }
  }

  /** What is told each phrase found in a search form: its node and where it ends. */
  private interface Found<T> {
    void found(Node<T> node, int end);
  }

  /**
   * The exact phrases through {@code node} whose next word stands at {@code at} of a search form, one space after the
   * word before: each that ends a word there is told to {@code found}.
   */
  private void walk(Node<T> node, String form, int at, Found<T> found) {
    for (Map.Entry<String, Node<T>> child : node.next.entrySet()) {
      String word = child.getKey();
      if (!form.startsWith(word, at)) {
        continue;
      }
      Node<T> next = child.getValue();
      int end = at + word.length();
      if (next.order >= 0 && wordEdge(form, end)) {
        found.found(next, end);
      }
      if (end < form.length() && form.charAt(end) == ' ' && !next.next.isEmpty()) {
        walk(next, form, end + 1, found);
      }
    }
  }

  /** As {@link #walk}, the blanks of the text skipped and the phrases' words run together, word edges not looked at. */
  private void glued(Node<T> node, String form, int at, Found<T> found) {
    for (Map.Entry<String, Node<T>> child : node.next.entrySet()) {
      int end = gluedEnd(form, at, child.getKey());
      if (end < 0) {
        continue;
      }
      Node<T> next = child.getValue();
      if (next.order >= 0) {
        found.found(next, end);
      }
      glued(next, form, end, found);
    }
  }

  /** Where {@code word} ends when it stands at {@code at}, blanks of the text skipped before each letter; else -1. */
  private static int gluedEnd(String form, int at, String word) {
    int i = at;
    for (int k = 0; k < word.length(); k++) {
      while (i < form.length() && Character.isWhitespace(form.charAt(i))) {
        i++;
      }
      if (i >= form.length() || form.charAt(i) != word.charAt(k)) {
        return -1;
      }
      i++;
    }
    return i;
  }

  private static boolean wordEdge(String form, int at) {
    return at < 0 || at >= form.length() || !Character.isLetterOrDigit(form.charAt(at));
  }

  /** Edits between a phrase word and a page word, or a large number when beyond a word's tolerance. */
  private int distance(String phraseWord, String pageWord) {
    if (phraseWord.equals(pageWord)) {
      return 0;
    }
    int allowed = !fuzzy || phraseWord.length() == 1 ? 0 : phraseWord.length() >= 6 ? 2 : 1;
    int d = allowed == 0 ? 1000 : EditDistance.atMost(phraseWord, pageWord, allowed);
    return d <= allowed ? d : 1000;
  }
}
