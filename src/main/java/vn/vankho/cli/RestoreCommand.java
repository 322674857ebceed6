package vn.vankho.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.vankho.archive.Archive;
import vn.vankho.archive.RestoreReport;

/** {@code vankho restore DIR}: rebuilds an archive from a backup, into an empty data folder. */
@Command(name = "restore", description = "Rebuild an archive from the backup in DIR into the data folder (--data), "
    + "which must be empty or new, and its database empty: database, originals, page images, search index; then "
    + "verify. Exit code 1 when the restored files do not all verify.")
final class RestoreCommand implements Callable<Integer> {
  @ParentCommand VankhoCommand parent;

  @Parameters(paramLabel = "DIR", description = "The backup folder (written by `vankho backup`).")
  Path backup;

  @Override
  public Integer call() throws Exception {
    RestoreReport report = Archive.restore(parent.settings(), backup);
    System.out.println("restored " + report.rows() + " rows (schema version " + report.schemaVersion() + ") into "
        + parent.data + ", indexed " + report.documentsIndexed() + " documents");
    VerifyCommand.print(report.fixity());
    return report.fixity().intact() ? 0 : 1;
  }
}
