package vn.vankho.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.vankho.eval.RealisticOcrBenchmark;
import vn.vankho.ingest.ocr.OcrBenchmark;

/** {@code vankho bench-ocr [throughput|models|preprocessing|realistic] [N] [fit]}: the OCR benchmarks, in one run each. */
@Command(name = "bench-ocr", description = {
    "OCR benchmarks on N rendered Vietnamese pages:",
    "  throughput: our pipeline against the tesseract command line, pages per second and their ratio;",
    "  models: the fast and best models, character error rate and seconds per page;",
    "  preprocessing: character error rate with and without each preprocessing step;",
    "  realistic: generated scans with seals, stamps, handwritten numbers, tables, turned pages: CER per kind,",
    "    fields read right or flagged, CER before and after post-correction, and how well the quality score predicts",
    "    CER, ours against the command line; realistic N fit also fits the quality score's weights on other pages."})
final class OcrBenchCommand implements Callable<Integer> {
  @Parameters(arity = "0..3", paramLabel = "MODE [N] [fit]",
      description = "throughput (default), models, preprocessing or realistic; pages; fit (realistic only).")
  List<String> arguments = new ArrayList<>();

  @Override
  public Integer call() throws Exception {
    if (!arguments.isEmpty() && arguments.get(0).equals("realistic")) {
      RealisticOcrBenchmark.main(arguments.toArray(String[]::new));
    } else {
      OcrBenchmark.main(arguments.toArray(String[]::new));
    }
    return 0;
  }
}
