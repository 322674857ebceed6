package vn.vankho.archive;

import java.nio.file.Path;
import java.util.List;

/**
 * What a backup wrote: the schema version, the tables and their rows, the originals and page images copied,
 * and the kept files it had to leave out (missing or damaged), each said in a sentence.
 */
public record BackupReport(Path folder, String schemaVersion, int tables, long rows, int originals, int pageImages,
    List<String> problems) {

  public BackupReport {
    problems = List.copyOf(problems);
  }
}
