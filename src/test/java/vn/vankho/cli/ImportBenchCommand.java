package vn.vankho.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vankho.eval.ImportBenchmark;

/** {@code vankho bench-import [DIR] [--rounds N] [--warm-up W]}: how fast a folder of born-digital documents imports. */
@Command(name = "bench-import", description = {
    "Import a folder into a fresh archive (embedded PostgreSQL, temporary data folder), round after round, and print",
    "documents/s end to end after start-up, Java CPU ms per document by stage (from Java Flight Recorder samples),",
    "the PostgreSQL processes' CPU per document, medians of the rounds, and the profile of the last round.",
    "Without DIR: 100 texts of shared/corpus/vbpl, then the gazette PDFs of shared/corpus/congbao/pdf."})
final class ImportBenchCommand implements Callable<Integer> {
  @Parameters(arity = "0..1", paramLabel = "DIR", description = "The folder to import (recursively).")
  String folder;

  @Option(names = "--rounds", defaultValue = "3", description = "Rounds, each in a fresh archive (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(names = "--warm-up", defaultValue = "0", description = {
      "Rounds run first and left out of the medians, while the JIT compiles the archive (default: ${DEFAULT-VALUE}).",
      "With --rounds 5 alone, the median already falls on a round after the first."})
  int warmUp;

  @Option(names = "--write-sample", paramLabel = "DIR", description = {
      "Write the 100 default texts to DIR as UTF-8 .txt files and stop: to measure other builds on the same files."})
  String writeSample;

  @Override
  public Integer call() throws Exception {
    if (writeSample != null) {
      ImportBenchmark.main(new String[] {"--write-sample", writeSample});
      return 0;
    }
    List<String> arguments = new ArrayList<>(List.of("--rounds", Integer.toString(rounds), "--warm-up",
        Integer.toString(warmUp)));
    if (folder != null) {
      arguments.add(folder);
    }
    ImportBenchmark.main(arguments.toArray(String[]::new));
    return 0;
  }
}
