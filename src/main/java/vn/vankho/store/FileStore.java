package vn.vankho.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.vankho.model.StoredFile;

/**
 * Original files kept by their SHA-256: {@code files/ab/cd/abcd…}. A file is written to a temporary
 * name and moved into place whole, so a reader never sees half a file, and the same bytes are kept
 * once however often they arrive. Nothing here ever modifies or deletes a kept file.
 */
public final class FileStore {
  private final Path root;

  public FileStore(Path root) {
    this.root = root;
    try {
      Files.createDirectories(root.resolve("incoming"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the file store at " + root, e);
    }
  }

  /** Keeps the bytes of {@code in} and says under which digest. */
  public StoredFile put(InputStream in) throws IOException {
    Path incoming = Files.createTempFile(root.resolve("incoming"), "upload", ".part");
    try {
      MessageDigest sha256 = sha256();
      long size;
      try (OutputStream out = new DigestOutputStream(Files.newOutputStream(incoming), sha256)) {
        size = in.transferTo(out);
      }
      String digest = HexFormat.of().formatHex(sha256.digest());
      Path target = path(digest);
      if (!Files.exists(target)) {
        Files.createDirectories(target.getParent());
        try {
          Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException keptMeanwhile) {
          // the same bytes arrived twice at once: one copy is enough
        }
      }
      return new StoredFile(digest, size);
    } finally {
      Files.deleteIfExists(incoming);
    }
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
