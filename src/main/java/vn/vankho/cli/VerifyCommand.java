package vn.vankho.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import vn.vankho.archive.Archive;
import vn.vankho.archive.FixityReport;

/** {@code vankho verify}: every kept file against its SHA-256; exit code 1 when one is missing or changed. */
@Command(name = "verify", description = "Check every stored original and page image against its SHA-256; "
    + "exit code 1 when any is missing or changed.")
final class VerifyCommand implements Callable<Integer> {
  @ParentCommand VankhoCommand parent;

  @Option(names = "--json", description = "Print the result as JSON: {startedAt, finishedAt, filesChecked, "
      + "imagesChecked, problems: [{documentId, page, fileName, path, state}]}.")
  boolean json;

  @Override
  public Integer call() {
    try (Archive archive = parent.openArchive()) {
      FixityReport report = archive.records().verify();
      if (json) {
        System.out.println(Output.json(report));
      } else {
        print(report);
      }
      return report.intact() ? 0 : 1;
    }
  }

  static void print(FixityReport report) {
    System.out.println("checked " + report.filesChecked() + " originals and " + report.imagesChecked()
        + " page images: " + (report.intact() ? "all intact" : report.problems().size() + " missing or changed"));
    for (FixityReport.Problem problem : report.problems()) {
      String what = problem.page() == null ? "original" : "page " + problem.page() + " image";
      System.out.println(problem.state().name().toLowerCase(Locale.ROOT) + ": document "
          + problem.documentId() + " (" + problem.fileName() + "), " + what + ", " + problem.path());
    }
  }
}
