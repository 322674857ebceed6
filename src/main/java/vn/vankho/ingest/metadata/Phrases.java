package vn.vankho.ingest.metadata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.vankho.text.EditDistance;

/**
 * A closed list of phrases (cue words, body names, titles, places) found in a page's words without
 * marks and despite small OCR slips, and given back in their proper spelling.
 *
 * <p>A word may differ from the phrase's word by one edit (two for words of six letters or more), but
 * the whole phrase by no more than one edit per five letters: "Thue hién" is "Thực hiện", "Ban Thudng
 * vu Tinh dy" is "Ban Thường vụ Tỉnh ủy", but "các cơ" is not "căn cứ". One-letter words must be exact.
 */
final class Phrases<T> {
  /** A phrase found: its value and the token range [start, end) it covers. */
  record Match<T>(T value, int start, int end) {}

  /**
   * The phrases as a tree of their words, so that phrases sharing their first words are compared with a page's
   * words once, not once each. A node where a phrase ends holds the first phrase added with those words.
   */
  private static final class Node<T> {
    final Map<String, Node<T>> next = new LinkedHashMap<>();
    /** The most edits any phrase through this node allows: more, and none below can match. */
    int mostEdits;
    T value;
    /** Of the phrase ending here: when it was added (the earlier wins a tie), and its edit budget. */
    int order = -1;
    int budget;
  }

  private final Node<T> root = new Node<>();
  private int added;

  void add(String phrase, T value) {
    List<String> norms = PageText.normsOf(phrase);
    if (norms.isEmpty()) {
      throw new IllegalArgumentException("empty phrase for " + value);
    }
    int budget = Math.max(1, norms.stream().mapToInt(String::length).sum() / 5);
    Node<T> node = root;
    for (String norm : norms) {
      node = node.next.computeIfAbsent(norm, n -> new Node<>());
      node.mostEdits = Math.max(node.mostEdits, budget);
    }
    if (node.order < 0) {
      node.value = value;
      node.order = added;
      node.budget = budget;
    }
    added++;
  }

  /**
   * The longest phrase starting at token {@code from}, the closest one of equal length ("Sở" over "Bộ Nội vụ"),
   * the first added of equally close ones.
   */
  Optional<Match<T>> at(List<Token> tokens, int from) {
    Best<T> best = new Best<>();
    walk(root, tokens, from, 0, best);
    return best.node == null ? Optional.empty() : Optional.of(new Match<>(best.node.value, from, best.end));
  }

  /** The best phrase found so far: where it ends, its node, its edits. */
  private static final class Best<T> {
    Node<T> node;
    int end;
    int edits;
  }

  private static <T> void walk(Node<T> node, List<Token> tokens, int at, int edits, Best<T> best) {
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
      if (next.order >= 0 && total <= next.budget && better(at + 1, total, next.order, best)) {
        best.node = next;
        best.end = at + 1;
        best.edits = total;
      }
      walk(next, tokens, at + 1, total, best);
    }
  }

  /** Longer first, then fewer edits, then added earlier. */
  private static <T> boolean better(int end, int edits, int order, Best<T> best) {
    if (best.node == null) {
      return true;
    }
    if (end != best.end) {
      return end > best.end;
    }
    return edits != best.edits ? edits < best.edits : order < best.node.order;
  }

  /** The first phrase found at or after token {@code from} and before token {@code to}. */
  Optional<Match<T>> first(List<Token> tokens, int from, int to) {
    for (int i = from; i < Math.min(to, tokens.size()); i++) {
      Optional<Match<T>> m = at(tokens, i);
      if (m.isPresent()) {
        return m;
      }
    }
    return Optional.empty();
  }

  /** The value when all of {@code words} is one phrase. */
  Optional<T> whole(List<Token> words) {
    return at(words, 0).filter(m -> m.end() == words.size()).map(Match::value);
  }

  /** Edits between a phrase word and a page word, or a large number when beyond a word's tolerance. */
  private static int distance(String phraseWord, String pageWord) {
    if (phraseWord.equals(pageWord)) {
      return 0;
    }
    int allowed = phraseWord.length() == 1 ? 0 : phraseWord.length() >= 6 ? 2 : 1;
    int d = EditDistance.atMost(phraseWord, pageWord, allowed);
    return d <= allowed ? d : 1000;
  }
}
