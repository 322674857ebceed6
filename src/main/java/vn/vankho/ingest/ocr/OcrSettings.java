package vn.vankho.ingest.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.vankho.model.Reason;

/**
 * How pages are read: Tesseract languages, which trained model and where its files are, page segmentation
 * mode, the resolution PDFs are rendered at, and the largest image accepted.
 *
 * <p>Presets:
 * <ul>
 *   <li>{@link #defaults()}: Debian's fast Vietnamese model, automatic page segmentation, 300 dpi.
 *   <li>{@link #best()}: the more accurate {@code 4.0.0_best_int} model that {@code scripts/fetch-ocr-models}
 *       installs into {@code data/tessdata-best}; {@link #best(Path)} for another folder.
 * </ul>
 * Language is {@code vie} alone: {@code vie+eng} makes Tesseract strip diacritics from Vietnamese words.
 * {@code readLayout}: the header's two columns read as two blocks and ruled tables as rows ({@link PageLayout}),
 * rather than Tesseract's text as it gives it. Images over {@code maxPixels} are refused before they are decoded, so a hostile or broken file cannot
 * exhaust memory.
 */
public record OcrSettings(List<String> languages, Model model, Path tessdata, int pageSegMode, int dpi,
                          long maxPixels, boolean readLayout) {

  /** Which family of trained data: speed against accuracy. */
  public enum Model { FAST, BEST }

  /** Where Debian's tesseract-ocr-vie puts the fast model. */
  public static final Path DEBIAN_TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");
  /** Where {@code scripts/fetch-ocr-models} puts the best model by default, relative to the archive's folder. */
  public static final Path BEST_TESSDATA = Path.of("data/tessdata-best");

  /** Tesseract's PSM_AUTO: official documents have a two-column header, so a single block would merge it. */
  private static final int AUTOMATIC_SEGMENTATION = 3;
  private static final int SCAN_DPI = 300;
  private static final long HUNDRED_MEGAPIXELS = 100_000_000L;

  public OcrSettings {
    languages = List.copyOf(languages);
    if (languages.isEmpty()) throw new IllegalArgumentException("at least one language is needed");
    if (model == null || tessdata == null) throw new IllegalArgumentException("model and tessdata are needed");
    if (pageSegMode < 0 || pageSegMode > 13) throw new IllegalArgumentException("no page segmentation mode " + pageSegMode);
    if (dpi < 70 || dpi > 1200) throw new IllegalArgumentException("dpi " + dpi + " is outside 70..1200");
    if (maxPixels <= 0) throw new IllegalArgumentException("maxPixels must be positive");
  }

  public static OcrSettings defaults() {
    return new OcrSettings(List.of("vie"), Model.FAST, DEBIAN_TESSDATA, AUTOMATIC_SEGMENTATION, SCAN_DPI,
        HUNDRED_MEGAPIXELS, true);
  }

  public static OcrSettings best() {
    return best(BEST_TESSDATA);
  }

  public static OcrSettings best(Path tessdata) {
    return new OcrSettings(List.of("vie"), Model.BEST, tessdata, AUTOMATIC_SEGMENTATION, SCAN_DPI,
        HUNDRED_MEGAPIXELS, true);
  }

  public OcrSettings withMaxPixels(long limit) {
    return new OcrSettings(languages, model, tessdata, pageSegMode, dpi, limit, readLayout);
  }

  /** The same reading with Tesseract's text as it gives it: the layout benchmark's "before". */
  public OcrSettings withoutLayout() {
    return new OcrSettings(languages, model, tessdata, pageSegMode, dpi, maxPixels, false);
  }

  /** Tesseract's spelling of the language list, e.g. {@code vie}. */
  public String languageSpec() {
    return String.join("+", languages);
  }

  /** Fails with the command that installs the missing file, so a fresh machine tells what to run. */
  void requireModelFiles() {
    for (String language : languages) {
      Path file = tessdata.resolve(language + ".traineddata");
      if (!Files.isRegularFile(file)) {
        String fix = model == Model.BEST ? "run scripts/fetch-ocr-models " + tessdata
            : "run apt-get install tesseract-ocr-" + language;
        throw new OcrException("no " + model.name().toLowerCase(Locale.ROOT) + " model at " + file + ": " + fix);
      }
    }
  }

  /** Refuses an image over {@link #maxPixels()}; callers check before decoding wherever the size is known. */
  void requireAcceptableSize(long width, long height) {
    if (width <= 0 || height <= 0) throw new OcrException("image of " + width + "x" + height + " pixels is empty");
    if (width * height > maxPixels) {
      throw new OcrException(Reason.IMAGE_TOO_LARGE, "image of " + width + "x" + height
          + " pixels is too large to read (limit " + maxPixels / 1_000_000 + " megapixels)", null);
    }
  }
}
