package vn.vankho.testing;

import java.nio.file.Path;
import vn.vankho.store.FileStore;

/** Where the default store keeps an original in a data folder, for tests that damage or look for it on disk. */
public final class KeptOriginals {
  private KeptOriginals() {}

  public static Path in(Path data, String sha256) {
    return data.resolve("files").resolve(FileStore.relativePath(sha256));
  }
}
