package vn.vankho.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import vn.vankho.model.StoredFile;

/**
 * Original files kept by their SHA-256, in a local folder ({@link LocalFileStore}, the default) or in S3-compatible
 * object storage ({@link S3FileStore}). Bytes arrive in a local {@code incoming/} folder first and are judged there;
 * only bytes the archive takes are kept, whole, under their digest, so a reader never sees half a file, rejected
 * bytes never enter the store, and the same bytes are kept once however often they arrive. A kept file is never
 * modified or deleted, with one exception: when its bytes no longer match its digest, a good copy that arrives
 * replaces it. Every read checks the bytes against their digest.
 */
public interface FileStore extends AutoCloseable {

  /** Bytes received into {@code incoming/} and not kept yet; closing throws them away unless kept. */
  record Received(Path path, StoredFile file) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      Files.deleteIfExists(path);
    }
  }

  /** What keeping received bytes came to: {@code repaired} when they replaced a damaged copy. */
  record Kept(StoredFile file, boolean repaired) {}

  /** A kept file as a file on this machine, checked; closing removes it when it was fetched for the occasion. */
  record LocalCopy(Path path, boolean fetched) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      if (fetched) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** Where bytes wait while they are received; whatever writes uploads to disk (the web server too) writes here. */
  Path incoming();

  /** Keeps received bytes under their digest, or repairs a damaged copy kept there. */
  Kept keep(Received received) throws IOException;

  /** Whether a file is kept under this digest, whatever its bytes. */
  boolean exists(String sha256) throws IOException;

  /** Whether the kept file still has the bytes its digest names (false when it is missing). */
  boolean intact(String sha256) throws IOException;

  /**
   * The kept bytes, checked while they are read: the end of a stream whose bytes do not match the digest throws
   * {@link ChangedBytesException}; a missing file throws {@link NoSuchFileException}.
   */
  InputStream open(String sha256) throws IOException;

  /** The kept bytes as a file here, for readers that need one (PDF, Tika, Tesseract); throws as {@link #open}. */
  LocalCopy localCopy(String sha256) throws IOException;

  /** Removes the bytes with this digest for good (a destroyed document's original). */
  void delete(String sha256) throws IOException;

  /** Where the bytes with this digest are kept, as an administrator finds them (a path or an s3:// address). */
  String where(String sha256);

  /**
   * Whether files made from the originals (page images) must be put here too: they are written to the data folder
   * of the machine that made them, which a store other machines read (a bucket) cannot count on; a folder on this
   * machine shares nothing and has nothing to do.
   */
  default boolean sharesDerived() {
    return false;
  }

  /** Puts a copy of a derived file under {@code name} (a relative path such as {@code page-images/12/1.png}). */
  default void putDerived(String name, Path file) throws IOException {}

  /** The derived file put under {@code name}; throws {@link NoSuchFileException} when there is none. */
  default InputStream openDerived(String name) throws IOException {
    throw new NoSuchFileException(name);
  }

  /**
   * The names of the derived files put under a folder ({@code namePrefix} ends in /), all at once: asking for each
   * file in turn is a request each to a bucket.
   */
  default List<String> listDerived(String namePrefix) throws IOException {
    return List.of();
  }

  /** Removes every derived file whose name starts with {@code namePrefix} (one file, or a folder ending in /). */
  default void deleteDerived(String namePrefix) throws IOException {}

  /** Lets go of what the store holds open (a connection pool); a folder holds nothing. */
  @Override
  default void close() {}

  /** Receives the bytes of {@code in}; on any failure (a full disk) nothing of them stays. */
  default Received receive(InputStream in) throws IOException {
    Path incoming = Files.createTempFile(incoming(), "upload", ".part");
    try {
      MessageDigest sha256 = sha256();
      long size;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(incoming), sha256)) {
        size = in.transferTo(out);
      }
      return new Received(incoming, new StoredFile(HexFormat.of().formatHex(sha256.digest()), size));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(incoming);
      throw e;
    }
  }

  /** The digest a file's bytes are kept under. */
  static String sha256Of(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return sha256Of(in);
    }
  }

  /** The digest of everything {@code in} still holds. */
  static String sha256Of(InputStream in) throws IOException {
    MessageDigest sha256 = sha256();
    new DigestInputStream(in, sha256).transferTo(OutputStream.nullOutputStream());
    return HexFormat.of().formatHex(sha256.digest());
  }

  /** The store's path of a digest below its root, {@code ab/cd/abcd…}, the same in a folder and in a bucket. */
  static String relativePath(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256 digest: " + sha256);
    }
    return sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
  }

  /** {@code in} checked against {@code sha256} when its end is reached. */
  static InputStream checked(InputStream in, String sha256, String where) {
    MessageDigest digest = sha256();
    return new FilterInputStream(new DigestInputStream(in, digest)) {
      private boolean ended;

      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b < 0) end();
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) end();
        return n;
      }

      private void end() throws ChangedBytesException {
        if (!ended) {
          ended = true;
          if (!HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
            throw new ChangedBytesException(where + " no longer hashes to " + sha256);
          }
        }
      }
    };
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
