package vn.vankho.ingest;

import java.util.Arrays;

/**
 * PDFBox's rule for glyphs drawn twice over themselves (some PDF writers make bold by printing a word again a
 * hair to the side): a glyph is dropped when a glyph of the same text was kept on the page at an x in
 * {@code [x - t, x + t)} and a y in {@code [y - t, y + t)}, t being a third of the glyph's width per character.
 * PDFBox keeps a tree of tree sets per character and builds sub-map views for each glyph, a fifth of the text
 * layer's CPU on the gazette PDFs (docs/benchmarks.md, "Gazette PDFs: the text layer"). Here the kept glyphs are
 * chained by (text, cell of the page) in one open-addressing table, only the cells the window touches are looked
 * at, and each candidate is compared as PDFBox compares ({@link Float#compare}), so the same glyphs are dropped.
 * One difference: where PDFBox fails the whole page (a window whose start lies after its end: a glyph of negative
 * width), the glyph is kept.
 */
final class OverprintedGlyphs {
  /** Side of a cell, in PDF units (a power of two, so that a coordinate divides exactly): a few glyph windows. */
  private static final float CELL = 8f;
  /** A window over more cells than this (a huge glyph) is checked against every kept glyph. */
  private static final long MAX_CELLS = 16;
  /** Coordinates beyond this (or NaN, infinite) are off any page: their glyphs are chained apart. */
  private static final float FAR = 1e6f;

  /** The table: a key (text and cell), and the first glyph of its chain plus one (0: empty slot). */
  private long[] keys = new long[256];
  private int[] heads = new int[256];
  private int slotsUsed;
  /** The glyphs kept, each with the next of its chain plus one. */
  private String[] texts = new String[256];
  private float[] xs = new float[256];
  private float[] ys = new float[256];
  private int[] next = new int[256];
  private int size;
  /** The chain of glyphs off any page, plus one. */
  private int farHead;

  /** Forgets every glyph kept: PDFBox compares glyphs within a page only. */
  void clear() {
    if (slotsUsed > 0) {
      Arrays.fill(heads, 0);
    }
    Arrays.fill(texts, 0, size, null);
    slotsUsed = 0;
    size = 0;
    farHead = 0;
  }

  /**
   * True when a glyph of {@code text} kept before overlaps this one within {@code tolerance}, which is then
   * dropped; otherwise this one is kept, and later ones are compared with it.
   */
  boolean isDuplicate(String text, float x, float y, float tolerance) {
    float fromX = x - tolerance;
    float toX = x + tolerance;
    float fromY = y - tolerance;
    float toY = y + tolerance;
    if (Float.compare(fromX, toX) <= 0 && overlaps(text, fromX, toX, fromY, toY)) {
      return true;
    }
    keep(text, x, y);
    return false;
  }

  private boolean overlaps(String text, float fromX, float toX, float fromY, float toY) {
    if (!near(fromX) || !near(toX) || !near(fromY) || !near(toY)) {
      return anyOf(text, fromX, toX, fromY, toY);
    }
    // a coordinate in [from, to) lies in a cell from from's to to's: dividing by a power of two is exact
    long firstColumn = cell(fromX);
    long lastColumn = cell(toX);
    long firstRow = cell(fromY);
    long lastRow = cell(toY);
    if ((lastColumn - firstColumn + 1) * (lastRow - firstRow + 1) > MAX_CELLS) {
      return anyOf(text, fromX, toX, fromY, toY);
    }
    for (long column = firstColumn; column <= lastColumn; column++) {
      for (long row = firstRow; row <= lastRow; row++) {
        int slot = find(key(text, column, row));
        if (heads[slot] != 0 && anyInChain(heads[slot], text, fromX, toX, fromY, toY)) {
          return true;
        }
      }
    }
    return anyInChain(farHead, text, fromX, toX, fromY, toY);
  }

  private boolean anyOf(String text, float fromX, float toX, float fromY, float toY) {
    for (int i = 0; i < size; i++) {
      if (matches(i, text, fromX, toX, fromY, toY)) {
        return true;
      }
    }
    return false;
  }

  private boolean anyInChain(int head, String text, float fromX, float toX, float fromY, float toY) {
    for (int i = head - 1; i >= 0; i = next[i] - 1) {
      if (matches(i, text, fromX, toX, fromY, toY)) {
        return true;
      }
    }
    return false;
  }

  /** PDFBox's test: the same text, the kept x in {@code subMap(fromX, toX)} and its y in {@code subSet(fromY, toY)}. */
  private boolean matches(int i, String text, float fromX, float toX, float fromY, float toY) {
    return Float.compare(xs[i], fromX) >= 0 && Float.compare(xs[i], toX) < 0
        && Float.compare(ys[i], fromY) >= 0 && Float.compare(ys[i], toY) < 0 && texts[i].equals(text);
  }

  private void keep(String text, float x, float y) {
    if (size == xs.length) {
      texts = Arrays.copyOf(texts, size * 2);
      xs = Arrays.copyOf(xs, size * 2);
      ys = Arrays.copyOf(ys, size * 2);
      next = Arrays.copyOf(next, size * 2);
    }
    texts[size] = text;
    xs[size] = x;
    ys[size] = y;
    if (near(x) && near(y)) {
      long key = key(text, cell(x), cell(y));
      int slot = find(key);
      if (heads[slot] == 0) {
        keys[slot] = key;
        slotsUsed++;
      }
      next[size] = heads[slot];
      heads[slot] = size + 1;
      size++;
      if (2 * slotsUsed > keys.length) {
        grow();
      }
    } else {
      next[size] = farHead;
      farHead = size + 1;
      size++;
    }
  }

  /** The slot of {@code key}, or the empty slot where it would go. */
  private int find(long key) {
    int mask = keys.length - 1;
    int slot = slotOf(key);
    while (heads[slot] != 0 && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldHeads = heads;
    keys = new long[oldKeys.length * 2];
    heads = new int[oldKeys.length * 2];
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] != 0) {
        int slot = find(oldKeys[i]);
        keys[slot] = oldKeys[i];
        heads[slot] = oldHeads[i];
      }
    }
  }

  /** Texts whose hashes collide share chains; {@link #matches} tells them apart. */
  private static long key(String text, long column, long row) {
    return ((long) text.hashCode() << 42) ^ (column << 21) ^ (row & 0x1F_FFFFL);
  }

  /**
   * The first slot to look in: the product's high bits, which every bit of the key moves. Its low bits, taken before,
   * depended on the cell alone, so every text of a cell probed one run of slots and the runs of neighbouring cells
   * merged: on the 40 gazette PDFs' 2.1 million glyphs, 4.2 million probes past the first slot, now 1.2 million.
   */
  private int slotOf(long key) {
    return (int) ((key * 0x9E37_79B9_7F4A_7C15L) >>> (64 - Integer.numberOfTrailingZeros(keys.length)));
  }

  private static long cell(float v) {
    return (long) Math.floor(v / CELL);
  }

  private static boolean near(float v) {
    return Math.abs(v) < FAR;
  }
}
