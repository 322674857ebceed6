package vn.vankho.cli;

import picocli.CommandLine;

/**
 * {@code vankho} with its measuring commands: eval, eval-extraction, bench-ocr and
 * bench-import. They and what they run
 * live with the tests, not in the product's jar; the vankho script runs this class, on the test classes
 * built beside the jar, when one of them is asked for. Every other command is the product's own.
 */
public final class MeasuringCommands {
  private MeasuringCommands() {}

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The archive's command line with the measuring commands added. */
  static CommandLine commandLine() {
    return VankhoCommand.commandLine()
        .addSubcommand(new EvalCommand())
        .addSubcommand(new ExtractionEvalCommand())
        .addSubcommand(new OcrBenchCommand())
        .addSubcommand(new ImportBenchCommand());
  }
}
