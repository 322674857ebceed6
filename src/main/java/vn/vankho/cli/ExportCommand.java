package vn.vankho.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import vn.vankho.archive.Archive;

/** {@code vankho export --file CODE DIR}: a file's hand-over package for the historical archive. */
@Command(name = "export", description = "Write a file's submission package (E-ARK SIP: METS, EAD, PREMIS) into DIR.")
final class ExportCommand implements Callable<Integer> {
  @ParentCommand VankhoCommand parent;

  @Option(names = "--file", required = true, paramLabel = "CODE", description = "The file's code (mã hồ sơ).")
  String fileCode;

  @Option(names = "--as", defaultValue = "${sys:user.name}", description = "Who exports, for the audit log (default: ${DEFAULT-VALUE}).")
  String actor;

  @Parameters(index = "0", paramLabel = "DIR", description = "The folder the package's folder is written into.")
  Path folder;

  @Override
  public Integer call() throws IOException {
    try (Archive archive = parent.openArchive()) {
      System.out.println(archive.records().export(fileCode, folder, actor));
      return 0;
    }
  }
}
