package vn.vankho.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import vn.vankho.model.Reason;

/**
 * Refuses a ZIP container (DOCX, ODT) whose entries inflate out of all proportion before a parser
 * spends minutes and memory on it. The bytes are really inflated and counted, since the sizes a ZIP
 * declares may lie; counting stops at the first limit passed, so the check itself stays cheap.
 */
final class ZipBombs {
  /** A real document's XML compresses about 10:1, its pictures hardly at all. */
  private static final long MAX_RATIO = 100;
  /** An entry inflating to less than this is never called a bomb, whatever its ratio. */
  private static final long GRACE_BYTES = 10L << 20;
  /** No document of words needs more than this inflated, whatever its ratio. */
  private static final long MAX_TOTAL_BYTES = 1L << 30;

  private ZipBombs() {}

  static void requireSane(Path file) throws ReadException {
    long total = 0;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
        ZipEntry entry = entries.nextElement();
        long compressed = Math.max(entry.getCompressedSize(), 1);
        long limit = Math.max(GRACE_BYTES, compressed * MAX_RATIO);
        long inflated = inflatedSize(zip, entry, limit);
        total += inflated;
        if (inflated > limit || total > MAX_TOTAL_BYTES) {
          throw new ReadException(Reason.ZIP_BOMB, entry.getName() + " inflates past " + inflated + " bytes from "
              + compressed, null);
        }
      }
    } catch (ZipException e) {
      throw new ReadException(Reason.DAMAGED, e.getMessage(), e);
    } catch (IOException e) {
      throw new ReadException(Reason.DAMAGED, e.toString(), e);
    }
  }

  /** How many bytes the entry inflates to, counted up to just past {@code limit}. */
  private static long inflatedSize(ZipFile zip, ZipEntry entry, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long size = 0;
    try (InputStream in = zip.getInputStream(entry)) {
      for (int n; size <= limit && (n = in.read(buffer)) > 0; ) {
        size += n;
      }
    }
    return size;
  }
}
