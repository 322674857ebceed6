package vn.vankho.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import vn.vankho.ingest.ocr.OcrEngine;
import vn.vankho.ingest.ocr.OcrSettings;

/**
 * Tesseract as the tests read with it, set up here only, so that a change of model or setting is made once: the
 * archive's own settings ({@link OcrSettings#defaults()}: Debian's fast {@code vie} model, automatic page
 * segmentation, 300 dpi), an engine for a test class, and the command-line Tesseract the benchmarks hold the engine
 * against, on one thread as every Tesseract the tests start ({@link #limitToOneThread}).
 */
public final class TestOcr implements BeforeAllCallback, AfterAllCallback {
  /** The variable OpenMP, and so Tesseract, reads its number of threads from. */
  private static final String THREAD_LIMIT = "OMP_THREAD_LIMIT";

  private OcrEngine engine;

  private TestOcr() {}

  /** One engine for the tests of a class, opened before them and closed after: {@code @RegisterExtension static}. */
  public static TestOcr perClass() {
    return new TestOcr();
  }

  /** The class's engine. */
  public OcrEngine engine() {
    return engine;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    engine = newEngine();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    engine.close();
  }

  /** What the tests read with, unless they test another setting. */
  public static OcrSettings settings() {
    return OcrSettings.defaults();
  }

  /** The tests' settings with PDFs rendered at {@code dpi}. */
  public static OcrSettings settingsAt(int dpi) {
    OcrSettings s = settings();
    return new OcrSettings(s.languages(), s.model(), s.tessdata(), s.pageSegMode(), dpi, s.maxPixels(), s.readLayout());
  }

  /** An engine with the tests' settings, for a test that closes it itself. */
  public static OcrEngine newEngine() {
    return new OcrEngine(settings());
  }

  /**
   * Tesseract's own threads limited to one in the environment of a process about to start: tests and benchmarks run
   * several pages at once themselves, and a benchmark compares CPU time spent alike.
   */
  public static void limitToOneThread(Map<String, String> environment) {
    environment.put(THREAD_LIMIT, "1");
  }

  /** Whether Tesseract's threads are limited to one in {@code environment} (this process's, for a benchmark). */
  public static boolean limitedToOneThread(Map<String, String> environment) {
    return "1".equals(environment.get(THREAD_LIMIT));
  }

  /**
   * Runs the command-line {@code tesseract} on {@code image} with the model and language of {@code settings},
   * writing {@code outputBase.txt} (or what {@code more} asks for after them), and fails unless it ends well.
   */
  public static void runCommandLine(OcrSettings settings, Path image, Path outputBase, String... more)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tesseract", image.toString(), outputBase.toString(), "-l",
        settings.languageSpec(), "--tessdata-dir", settings.tessdata().toString()));
    command.addAll(List.of(more));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD);
    limitToOneThread(builder.environment());
    int exit = builder.start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException("tesseract exited with " + exit + " on " + image);
    }
  }
}
