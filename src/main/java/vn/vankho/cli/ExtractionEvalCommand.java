package vn.vankho.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.vankho.ingest.awards.AwardEvaluation;
import vn.vankho.ingest.metadata.ExtractionEvaluation;

/** {@code vankho eval-extraction [DIR]}: field-level precision and recall of metadata reading on a labelled set. */
@Command(name = "eval-extraction",
    description = "Print precision and recall of metadata reading per field on a labelled set.")
final class ExtractionEvalCommand implements Callable<Integer> {
  private static final Path AWARDS = Path.of("src/test/resources/real-set/awards");
  @Parameters(arity = "0..1", paramLabel = "DIR", defaultValue = "src/test/resources/metadata-set",
      description = "The labelled set: NAME.txt (or NAME.ocr.txt) with NAME.json (default: ${DEFAULT-VALUE}).")
  Path set;

  @Override
  public Integer call() {
    if (!Files.isDirectory(set)) {
      throw new IllegalArgumentException("no labelled set at " + set);
    }
    ExtractionEvaluation.main(new String[] {set.toString()});
    if (Files.isDirectory(AWARDS)) {
      AwardEvaluation.print(AWARDS); // the real award decisions, all and the fifth kept aside (docs/extraction.md)
    }
    return 0;
  }
}
