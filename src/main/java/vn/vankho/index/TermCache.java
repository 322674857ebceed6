package vn.vankho.index;

import java.util.Arrays;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Remembers what a per-token rule made of each term, looked up without copying the term. Vietnamese
 * text is made of a few thousand syllables, so nearly every token is a hit, and the rules (NFD, tone
 * placement) cost microseconds each. One cache per filter instance, so one per analyzing thread; cleared
 * when full, so a text of rare tokens cannot grow it without bound.
 *
 * <p>An open-addressing table that keeps each key's hash and stays at most half full: a lookup compares the
 * characters of one key, nearly always the right one. Lucene's {@code CharArrayMap}, used before, fills its table
 * to four fifths and compares the characters of every key it probes; its comparisons were a tenth of the samples of
 * the text fields' inversion in an import (#18).
 */
final class TermCache {
  private static final int MAX_ENTRIES = 100_000;
  private static final int FIRST_CAPACITY = 1024;

  private final UnaryOperator<String> rule;
  private char[][] keys;
  /** What the rule makes of the key in the same slot; the key itself when the rule leaves it as it is. */
  private char[][] values;
  private int[] hashes;
  private int size;

  TermCache(UnaryOperator<String> rule) {
    this.rule = rule;
    empty(FIRST_CAPACITY);
  }

  /** Replaces {@code term} with what the rule makes of it. */
  void apply(CharTermAttribute term) {
    char[] buffer = term.buffer();
    int length = term.length();
    int hash = hash(buffer, length);
    int mask = keys.length - 1;
    int slot = hash & mask;
    for (char[] key; (key = keys[slot]) != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && Arrays.equals(key, 0, key.length, buffer, 0, length)) {
        char[] value = values[slot];
        if (value != key) {
          term.copyBuffer(value, 0, value.length);
        }
        return;
      }
    }
    char[] key = Arrays.copyOf(buffer, length);
    String result = rule.apply(new String(key));
    char[] value = result.contentEquals(term) ? key : result.toCharArray();
    remember(key, value, hash);
    if (value != key) {
      term.copyBuffer(value, 0, value.length);
    }
  }

  private void remember(char[] key, char[] value, int hash) {
    if (size >= MAX_ENTRIES) {
      empty(FIRST_CAPACITY);
    } else if (2 * (size + 1) > keys.length) {
      char[][] oldKeys = keys;
      char[][] oldValues = values;
      int[] oldHashes = hashes;
      empty(keys.length * 2);
      for (int i = 0; i < oldKeys.length; i++) {
        if (oldKeys[i] != null) {
          put(oldKeys[i], oldValues[i], oldHashes[i]);
        }
      }
    }
    put(key, value, hash);
  }

  private void put(char[] key, char[] value, int hash) {
    int mask = keys.length - 1;
    int slot = hash & mask;
    while (keys[slot] != null) {
      slot = (slot + 1) & mask;
    }
    keys[slot] = key;
    values[slot] = value;
    hashes[slot] = hash;
    size++;
  }

  private void empty(int capacity) {
    keys = new char[capacity][];
    values = new char[capacity][];
    hashes = new int[capacity];
    size = 0;
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
