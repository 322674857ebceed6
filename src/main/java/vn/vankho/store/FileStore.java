package vn.vankho.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.vankho.model.StoredFile;

/**
 * Original files kept by their SHA-256: {@code files/ab/cd/abcd…}. Bytes arrive in {@code incoming/}
 * first and are judged there; only bytes the archive takes are moved into place, whole, so a reader
 * never sees half a file, rejected bytes never enter the store, and the same bytes are kept once
 * however often they arrive. A kept file is never modified or deleted, with one exception: when its
 * bytes no longer match its digest (damaged on disk), a good copy that arrives replaces it.
 */
public final class FileStore {
  private final Path root;

  public FileStore(Path root) {
    this.root = root;
    try {
      Files.createDirectories(incoming());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the file store at " + root, e);
    }
  }

  /** Bytes received into {@code incoming/} and not kept yet; closing throws them away unless kept. */
  public record Received(Path path, StoredFile file) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      Files.deleteIfExists(path);
    }
  }

  /** What keeping received bytes came to: {@code repaired} when they replaced a damaged copy. */
  public record Kept(StoredFile file, boolean repaired) {}

  /** Where bytes wait while they are received; whatever writes uploads to disk (the web server too) writes here. */
  public Path incoming() {
    return root.resolve("incoming");
  }

  /** Receives the bytes of {@code in}; on any failure (a full disk) nothing of them stays. */
  public Received receive(InputStream in) throws IOException {
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

  /** Moves received bytes into place under their digest, or repairs a damaged copy kept there. */
  public Kept keep(Received received) throws IOException {
    String digest = received.file().sha256();
    Path target = path(digest);
    if (Files.exists(target)) {
      if (intact(digest)) {
        return new Kept(received.file(), false);
      }
      Files.move(received.path(), target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return new Kept(received.file(), true);
    }
    Files.createDirectories(target.getParent());
    try {
      Files.move(received.path(), target, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException keptMeanwhile) {
      // the same bytes arrived twice at once: one copy is enough
    }
    return new Kept(received.file(), false);
  }

  /** Whether the kept file still has the bytes its digest names (false when it is missing). */
  public boolean intact(String sha256) throws IOException {
    try {
      return sha256Of(path(sha256)).equals(sha256);
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  /** Removes the bytes with this digest for good (a destroyed document's original). */
  public void delete(String sha256) throws IOException {
    Files.deleteIfExists(path(sha256));
  }

  /** The folder everything here is kept under. */
  public Path root() {
    return root;
  }

  /** Where the bytes with this digest are kept. */
  public Path path(String sha256) {
    if (!sha256.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a SHA-256 digest: " + sha256);
    }
    return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
  }

  /** The digest a file's bytes are kept under. */
  public static String sha256Of(Path file) throws IOException {
    MessageDigest sha256 = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(sha256.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
