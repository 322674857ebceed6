package vn.vankho.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportBenchmarkTest {
  @Test
  void theCompilersThreadsAreFoundAndUseLessThanTheProcess() throws Exception {
    long compiler = ImportBenchmark.threadCpuNanos().get("compiler");
    long process = processCpuNanos();
    // by the time a test runs, the JIT has compiled the test framework's hot methods
    assertTrue(compiler > 0, "no CPU found for the C1/C2 compiler threads");
    assertTrue(compiler < process, compiler + " ns of compiling in a process that used " + process);
  }

  @Test
  void theCollectorsThreadsAreFoundAndUseLessThanTheProcess() throws Exception {
    // garbage enough for a few young collections, whichever collector the JVM chose
    long kept = 0;
    for (int i = 0; i < 200_000; i++) {
      kept += new byte[1024].length;
    }
    System.gc();
    long collector = ImportBenchmark.threadCpuNanos().get("collector");
    long process = processCpuNanos();
    assertTrue(kept > 0 && collector > 0, "no CPU found for the garbage collector's threads");
    assertTrue(collector < process, collector + " ns of collecting in a process that used " + process);
  }

  @Test
  void theOcrPoolsThreadsAreFoundByTheirName() throws Exception {
    long before = ImportBenchmark.threadCpuNanos().get("ocr");
    long[] spun = new long[1];
    Thread ocr = new Thread(() -> {
      long end = System.nanoTime() + 300_000_000L;
      while (System.nanoTime() < end) {
        spun[0]++;
      }
    }, "ocr"); // the name the archive gives its page pool's threads
    ocr.start();
    Thread.sleep(200);
    long during = ImportBenchmark.threadCpuNanos().get("ocr");
    ocr.join();
    assertTrue(spun[0] > 0 && during - before >= 50_000_000L,
        (during - before) + " ns found for a thread named ocr that spun for 200 ms");
  }

  @Test
  void theReferenceWorkIsTheCallingThreadsCpuAndPartOfTheProcesss() throws Exception {
    long processBefore = processCpuNanos();
    long reference = ReferenceWork.cpuNanos();
    long process = processCpuNanos() - processBefore;
    assertTrue(reference > 0 && reference <= process, reference + " ns of a process's " + process);
  }

  @Test
  void theReferenceWorkDuringARoundSamplesOnItsOwnThreadAndKnowsItsCpuToBeLeftOutOfTheImports() throws Exception {
    long processBefore = processCpuNanos();
    ReferenceWork during = ReferenceWork.during();
    Thread.sleep(500);
    during.close();
    long process = processCpuNanos() - processBefore;
    assertTrue(during.samples() >= 3, during.samples() + " megabytes hashed in 500 ms, one every 50 ms");
    long perMegabyte = during.medianCpuNanos() / ReferenceWork.MEGABYTES;
    assertTrue(perMegabyte > 0 && during.threadCpuNanos() >= perMegabyte * during.samples() / 2,
        "its thread's CPU " + during.threadCpuNanos() + " ns holds its " + during.samples() + " megabytes of "
            + perMegabyte + " ns each");
    assertTrue(during.threadCpuNanos() <= process, during.threadCpuNanos() + " ns of a process's " + process);
  }

  @Test
  void theStagesAddUpToTheProcesssCpuWithTheCompilerCollectorAndOcrApart() {
    ImportBenchmark.Round round = new ImportBenchmark.Round(10, 10, 1_000_000_000L, 110_000_000L,
        Map.of("compiler", 40_000_000L, "collector", 20_000_000L, "ocr", 10_000_000L), 0, 0, 0,
        Map.of("index", 3, "text", 1), Map.of(), Map.of(), new ImportBenchmark.Deferred(0, 0, 0));
    assertEquals(4.0, round.stageMillisPerDocument("compiler"), 1e-9);
    assertEquals(2.0, round.stageMillisPerDocument("collector"), 1e-9);
    assertEquals(1.0, round.stageMillisPerDocument("ocr"), 1e-9);
    assertEquals(3.0, round.stageMillisPerDocument("index"), 1e-9);
    assertEquals(1.0, round.stageMillisPerDocument("text"), 1e-9);
    double sum = List.of("index", "text", "ocr", "compiler", "collector").stream()
        .mapToDouble(round::stageMillisPerDocument).sum();
    assertEquals(round.javaMillisPerDocument(), sum, 1e-9);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
