package vn.vankho.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.vankho.archive.Archive;
import vn.vankho.archive.BackupReport;

/** {@code vankho backup DIR}: a consistent copy of the archive, taken while it runs. */
@Command(name = "backup", description = "Write a backup of the archive into DIR (empty or new) while it runs: the "
    + "database from one snapshot, the originals and page images, a manifest with their SHA-256; exit code 1 when "
    + "a kept file had to be left out.")
final class BackupCommand implements Callable<Integer> {
  @ParentCommand VankhoCommand parent;

  @Parameters(paramLabel = "DIR", description = "The folder to write the backup into.")
  Path folder;

  @Override
  public Integer call() throws Exception {
    try (Archive archive = parent.openArchive()) {
      BackupReport report = archive.records().backup(folder);
      System.out.println("backed up into " + report.folder() + ": schema version " + report.schemaVersion() + ", "
          + report.tables() + " tables, " + report.rows() + " rows, " + report.originals() + " originals, "
          + report.pageImages() + " page images");
      report.problems().forEach(problem -> System.out.println("left out: " + problem));
      return report.problems().isEmpty() ? 0 : 1;
    }
  }
}
