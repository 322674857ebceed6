package vn.vankho.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The originals in a folder on this machine, the default: {@code files/ab/cd/abcd…}, bytes moved into place whole
 * from {@code files/incoming/}.
 */
public final class LocalFileStore implements FileStore {
  private final Path root;

  public LocalFileStore(Path root) {
    this.root = root;
    try {
      Files.createDirectories(incoming());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the file store at " + root, e);
    }
  }

  @Override
  public Path incoming() {
    return root.resolve("incoming");
  }

  @Override
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

  @Override
  public boolean exists(String sha256) {
    return Files.exists(path(sha256));
  }

  @Override
  public boolean intact(String sha256) throws IOException {
    try {
      return FileStore.sha256Of(path(sha256)).equals(sha256);
    } catch (NoSuchFileException e) {
      return false;
    }
  }

  @Override
  public InputStream open(String sha256) throws IOException {
    Path path = path(sha256);
    return FileStore.checked(Files.newInputStream(path), sha256, path.toString());
  }

  /** The kept file itself, once its bytes were checked. */
  @Override
  public LocalCopy localCopy(String sha256) throws IOException {
    Path path = path(sha256);
    if (!FileStore.sha256Of(path).equals(sha256)) {
      throw new ChangedBytesException(path + " no longer hashes to " + sha256);
    }
    return new LocalCopy(path, false);
  }

  @Override
  public void delete(String sha256) throws IOException {
    Files.deleteIfExists(path(sha256));
  }

  @Override
  public String where(String sha256) {
    return path(sha256).toString();
  }

  private Path path(String sha256) {
    return root.resolve(FileStore.relativePath(sha256));
  }
}
