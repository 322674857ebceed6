package vn.vankho.index;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Remembers what a per-token rule made of each term, looked up without copying the term. Vietnamese
 * text is made of a few thousand syllables, so nearly every token is a hit, and the rules (NFD, tone
 * placement) cost microseconds each. One cache per filter instance, so one per analyzing thread; a filter's
 * ({@link #apply}) is emptied when full, so a text of rare tokens cannot grow it without bound.
 *
 * <p>Each term gets a number, in the order first met ({@link #idOf}), by which its rewriting is read again: a
 * recording of a text's tokens keeps the numbers, so that the fields played back from it read each term's forms
 * without looking them up again ({@link RecordedTokens}).
 *
 * <p>An open-addressing table that keeps each key's hash and stays at most half full: a lookup compares the
 * characters of one key, nearly always the right one. Lucene's {@code CharArrayMap}, used before, fills its table
 * to four fifths and compares the characters of every key it probes; its comparisons were a tenth of the samples of
 * the text fields' inversion in an import (#18).
 */
final class TermCache {
  static final int MAX_ENTRIES = 100_000;
  private static final int FIRST_CAPACITY = 1024;

  private final UnaryOperator<String> rule;
  /** By number: each term, and what the rule makes of it (the term's own array when the rule leaves it as it is). */
  private char[][] terms;
  private char[][] rewritten;
  private int size;
  /** By slot: the number of the term there, -1 for none, and the term's hash. */
  private int[] slots;
  private int[] hashes;

  TermCache(UnaryOperator<String> rule) {
    this.rule = rule;
    empty();
  }

  /** Replaces {@code term} with what the rule makes of it. */
  void apply(CharTermAttribute term) {
    int id = idOf(term.buffer(), term.length());
    char[] value = rewritten[id];
    if (value != terms[id]) {
      term.copyBuffer(value, 0, value.length);
    }
    if (size >= MAX_ENTRIES) {
      empty();
    }
  }

  /** The number of the term in {@code buffer}'s first {@code length} chars, added if new: the next number. */
  int idOf(char[] buffer, int length) {
    int hash = hash(buffer, length);
    int mask = slots.length - 1;
    int slot = hash & mask;
    for (int id; (id = slots[slot]) >= 0; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && Arrays.equals(terms[id], 0, terms[id].length, buffer, 0, length)) {
        return id;
      }
    }
    char[] key = Arrays.copyOf(buffer, length);
    String term = new String(key);
    String result = rule.apply(term);
    return add(key, result.equals(term) ? key : result.toCharArray(), hash);
  }

  /** The term numbered {@code id}. */
  char[] term(int id) {
    return terms[id];
  }

  /** What the rule makes of the term numbered {@code id}: the same array as {@link #term} when it leaves it as is. */
  char[] rewritten(int id) {
    return rewritten[id];
  }

  int size() {
    return size;
  }

  /** Forgets every term; numbers start again from 0. */
  void empty() {
    terms = new char[FIRST_CAPACITY / 2][];
    rewritten = new char[FIRST_CAPACITY / 2][];
    size = 0;
    slots = new int[FIRST_CAPACITY];
    Arrays.fill(slots, -1);
    hashes = new int[FIRST_CAPACITY];
  }

  private int add(char[] key, char[] value, int hash) {
    if (size == terms.length) {
      terms = Arrays.copyOf(terms, size * 2);
      rewritten = Arrays.copyOf(rewritten, size * 2);
      int[] oldSlots = slots;
      int[] oldHashes = hashes;
      slots = new int[oldSlots.length * 2];
      Arrays.fill(slots, -1);
      hashes = new int[slots.length];
      for (int slot = 0; slot < oldSlots.length; slot++) {
        if (oldSlots[slot] >= 0) {
          place(oldSlots[slot], oldHashes[slot]);
        }
      }
    }
    terms[size] = key;
    rewritten[size] = value;
    place(size, hash);
    return size++;
  }

  private void place(int id, int hash) {
    int mask = slots.length - 1;
    int slot = hash & mask;
    while (slots[slot] >= 0) {
      slot = (slot + 1) & mask;
    }
    slots[slot] = id;
    hashes[slot] = hash;
  }

  /** The string hash, its bits then spread so that the low ones a slot is taken from depend on all of them. */
  private static int hash(char[] chars, int length) {
    int hash = 0;
    for (int i = 0; i < length; i++) {
      hash = 31 * hash + chars[i];
    }
    hash *= 0x9E3779B9;
    return hash ^ (hash >>> 16);
  }
}
