package vn.vankho.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.vankho.ingest.ocr.OcrBenchmark;

/** {@code vankho bench-ocr [throughput|models|preprocessing] [N]}: the OCR benchmarks, in one run each. */
@Command(name = "bench-ocr", description = {
    "OCR benchmarks on N rendered Vietnamese pages:",
    "  throughput: our pipeline against the tesseract command line, pages per second and their ratio;",
    "  models: the fast and best models, character error rate and seconds per page;",
    "  preprocessing: character error rate with and without each preprocessing step."})
final class OcrBenchCommand implements Callable<Integer> {
  @Parameters(arity = "0..2", paramLabel = "MODE [N]", description = "throughput (default), models or preprocessing; pages.")
  List<String> arguments = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    OcrBenchmark.main(arguments.toArray(String[]::new));
    return 0;
  }
}
