package vn.vankho.cli;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.vankho.archive.Archive;
import vn.vankho.archive.Reader;
import vn.vankho.index.IndexUnavailableException;
import vn.vankho.model.Reason;

/** {@code vankho reread ID...}: reads documents again with the current rules; corrections survive. */
@Command(name = "reread", description = "Read documents again (archivists' corrections are kept).")
final class RereadCommand implements Callable<Integer> {
  @ParentCommand VankhoCommand parent;

  @Option(names = "--as", defaultValue = "${sys:user.name}", description = "Who asks, for the audit log (default: ${DEFAULT-VALUE}).")
  String actor;

  @Parameters(arity = "1..*", paramLabel = "ID")
  List<Long> ids;

  @Override
  public Integer call() throws InterruptedException {
    try (Archive archive = parent.openArchive()) {
      try {
        archive.startProcessing();
      } catch (IndexUnavailableException servedElsewhere) {
        System.err.println("A server is running on this archive: its workers will read the documents.");
      }
      List<Long> jobs = ids.stream().map(id -> archive.corrections().reread(id, Reader.commandLine("reread", actor))).toList();
      archive.jobs().await(jobs, Duration.ofHours(1))
          .forEach(j -> System.out.println(j.status().name().toLowerCase(Locale.ROOT) + "\tdocument " + j.documentId()
              + (j.error() == null ? "" : "\t" + Reason.englishOf(j.error()))));
      return 0;
    }
  }
}
