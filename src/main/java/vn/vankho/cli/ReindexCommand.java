package vn.vankho.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import vn.vankho.archive.Archive;
import vn.vankho.index.IndexUnavailableException;

/** {@code vankho reindex}: rebuilds the search index from the database. */
@Command(name = "reindex", description = "Rebuild the search index from the database.")
final class ReindexCommand implements Callable<Integer> {
  @ParentCommand VankhoCommand parent;

  @Override
  public Integer call() {
    try (Archive archive = parent.openArchive()) {
      int count = archive.reindex();
      System.out.println("reindexed " + count + " documents");
      return 0;
    } catch (IndexUnavailableException e) {
      throw new IllegalStateException("the index is in use, probably by a running `vankho serve`: stop it first ("
          + e.getMessage() + ")", e);
    }
  }
}
