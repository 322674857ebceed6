package vn.vankho.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vankho.eval.RealSetEvaluation;
import vn.vankho.eval.RealSetMisses;
import vn.vankho.ingest.awards.AwardEvaluation;
import vn.vankho.ingest.metadata.ExtractionEvaluation;
import vn.vankho.ingest.metadata.ExtractionEvaluation.Score;

/**
 * {@code vankho eval-extraction [DIR]}: field-level precision and recall of metadata reading. Without DIR,
 * the real set (all of it, and the fifth kept aside) beside the self-written set; with DIR, that
 * self-written-style set alone.
 */
@Command(name = "eval-extraction",
    description = "Print precision and recall of metadata reading per field: the real set (all, and the fifth "
        + "kept aside) beside the self-written set, or the labelled set in DIR.")
final class ExtractionEvalCommand implements Callable<Integer> {
  private static final Path SELF_WRITTEN = Path.of("src/test/resources/metadata-set");
  private static final Path REAL = Path.of("src/test/resources/real-set");
  private static final Path AWARDS = REAL.resolve("awards");

  @Parameters(arity = "0..1", paramLabel = "DIR",
      description = "A labelled set: NAME.txt (or NAME.ocr.txt) with NAME.json.")
  Path set;

  @Option(names = "--misses", arity = "0..1", fallbackValue = "", paramLabel = "FIELD",
      description = "List the real set's development misses (of FIELD, or of every field), never the fifth kept "
          + "aside: id, field, labelled, read.")
  String misses;

  @Override
  public Integer call() {
    if (misses != null) {
      RealSetMisses.list(REAL, RealSetEvaluation.corpus(), List.of("documents", "party", "provinces", "central"),
          misses.isEmpty() ? null : misses).forEach(System.out::println);
      return 0;
    }
    if (set != null) {
      if (!Files.isDirectory(set)) {
        throw new IllegalArgumentException("no labelled set at " + set);
      }
      ExtractionEvaluation.main(new String[] {set.toString()});
      return 0;
    }
    // one section per labelled set, each a map "part<TAB>field" -> score; printed in this order
    Map<String, Map<String, Score>> sections = new LinkedHashMap<>();
    sections.put("real", RealSetEvaluation.evaluate(REAL, RealSetEvaluation.corpus()));
    sections.put("self-written", ExtractionEvaluation.evaluate(SELF_WRITTEN));
    System.out.println("set\tpart\tfield\tprecision\trecall\tgiven\texpected\tright");
    sections.forEach((name, scores) -> scores.forEach((key, s) -> System.out.printf("%s\t%s\t%.3f\t%.3f\t%d\t%d\t%d%n",
        name, key, s.precision(), s.recall(), s.given(), s.expected(), s.right())));
    if (Files.isDirectory(AWARDS)) {
      AwardEvaluation.print(AWARDS); // the real award decisions, all and the fifth kept aside (docs/extraction.md)
    }
    return 0;
  }
}
