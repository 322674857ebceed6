package vn.vankho.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the shared corpus of real documents lies: {@code VANKHO_CORPUS}, else the first {@code shared/corpus}
 * found walking up from the working directory. CI and a developer keep it beside the repository (../shared),
 * a git worktree one level further (../../shared). Its question set is read where it lies, never copied in.
 */
public final class SharedCorpus {
  private static final String CORPUS_ENV = "VANKHO_CORPUS";

  private SharedCorpus() {}

  /** The corpus folder, if there is one here. */
  public static Optional<Path> find() {
    String env = System.getenv(CORPUS_ENV);
    if (env != null && !env.isBlank()) {
      return Optional.of(Path.of(env));
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("corpus");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The corpus folder, or a clear failure saying how to name it. */
  public static Path folder() {
    return find().orElseThrow(() -> new IllegalStateException("the shared corpus (shared/corpus beside the"
        + " repository) is not found: set " + CORPUS_ENV + " to its folder"));
  }
}
