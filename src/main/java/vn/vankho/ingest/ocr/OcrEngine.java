package vn.vankho.ingest.ocr;

import com.sun.jna.Pointer;
import java.awt.Rectangle;
import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;
import vn.vankho.text.PageQuality;

/**
 * Reads page images with Tesseract. Thread-safe: any number of threads may call {@link #read} at once.
 *
 * <p>A Tesseract handle is not thread-safe and loading a model costs a noticeable part of a page's time, so
 * the engine keeps a pool of idle handles: a call borrows one (creating it on first need) and gives it back.
 * There are never more handles than threads that read at the same time. {@link #close()} frees them all;
 * a handle still in use when the engine closes is freed when its call returns.
 *
 * <p>Run the JVM with {@code OMP_THREAD_LIMIT=1}: Tesseract's OpenMP threads otherwise fight the caller's
 * threads for the cores and throughput drops.
 */
public final class OcrEngine implements AutoCloseable {
  private static final int BYTES_PER_GRAY_PIXEL = 1;

  private final OcrSettings settings;
  /** Null where the orientation model is not installed: pages are then read as they lie. */
  private final Orientation orientation;
  private final Deque<TessBaseAPI> idle = new ArrayDeque<>();
  private boolean closed; // guarded by idle

  /** Checks that the model files exist; handles are created lazily by the threads that read. */
  public OcrEngine(OcrSettings settings) {
    settings.requireModelFiles();
    this.settings = settings;
    this.orientation = Orientation.available(settings.tessdata()).orElse(null);
  }

  /** How this engine reads: the pipeline opens page images with the same settings. */
  public OcrSettings settings() {
    return settings;
  }

  /**
   * Reads one page image: size check, {@link Preprocessing}, then Tesseract. A page that reads poorly may
   * lie sideways or upside down: it is turned upright ({@link Orientation}) and read again, and the better
   * reading kept.
   */
  public OcrResult read(BufferedImage page) {
    settings.requireAcceptableSize(page.getWidth(), page.getHeight());
    Preprocessing.Prepared prepared = Preprocessing.prepare(page);
    OcrResult read = recognize(prepared.image(), placing(page, 0, prepared.skewDegrees()));
    if (orientation == null || !PageQuality.isPoor(read.text())) return read;
    BufferedImage gray = ColourInk.toGray(page);
    int turn = orientation.uprightTurn(gray);
    if (turn == 0) return read;
    Preprocessing.Prepared turned = Preprocessing.prepare(Orientation.turn(gray, turn));
    OcrResult upright = recognize(turned.image(), placing(page, turn, turned.skewDegrees()));
    return PageQuality.score(upright.text()) > PageQuality.score(read.text()) ? upright : read;
  }

  /**
   * Where a point of the page as given lands on the image Tesseract reads, once turned {@code turn} degrees
   * clockwise and straightened by {@code skewDegrees} ({@link Preprocessing#prepare}): its inverse takes the
   * lines Tesseract found back to the page.
   */
  private record Placing(AffineTransform pageToRead, int pageWidth, int pageHeight) {}

  private static Placing placing(BufferedImage page, int turn, double skewDegrees) {
    int w = page.getWidth();
    int h = page.getHeight();
    boolean sideways = Math.floorMod(turn, 180) == 90;
    AffineTransform toRead = AffineTransform.getRotateInstance(Math.toRadians(-skewDegrees),
        (sideways ? h : w) / 2.0, (sideways ? w : h) / 2.0);
    toRead.concatenate(Orientation.turning(w, h, turn));
    return new Placing(toRead, w, h);
  }

  /**
   * Reads every page of a file, one outcome per page in page order. A page that cannot be decoded or read
   * becomes a {@link PageOutcome.Failed} and the next page is still read; only a file that cannot be opened
   * at all (not an image or PDF, or corrupt beyond counting its pages) throws.
   */
  public List<PageOutcome> readPages(Path file) {
    try (PageImages pages = PageImages.open(file, settings)) {
      List<PageOutcome> outcomes = new ArrayList<>(pages.pageCount());
      for (int i = 0; i < pages.pageCount(); i++) {
        try {
          outcomes.add(new PageOutcome.Read(i + 1, read(pages.page(i))));
        } catch (OcrException e) {
          outcomes.add(new PageOutcome.Failed(i + 1, e.getMessage()));
        }
      }
      return outcomes;
    }
  }

  /**
   * Tesseract alone, without preprocessing: the benchmark measures preprocessing against this. With
   * {@link OcrSettings#readLayout()}, ruled tables and rules are found and painted out first, and the text is
   * put in the layout's order ({@link PageLayout}).
   */
  OcrResult recognize(BufferedImage page) {
    return recognize(page, new Placing(new AffineTransform(), page.getWidth(), page.getHeight()));
  }

  private OcrResult recognize(BufferedImage page, Placing placing) {
    BufferedImage gray = Gray.of(page);
    RuledTables.Rules rules = settings.readLayout() ? RuledTables.find(gray) : null;
    if (rules != null) gray = rules.erasedFrom(gray);
    byte[] pixels = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
    TessBaseAPI handle = borrow();
    try {
      TessAPI api = TessAPI.INSTANCE;
      api.TessBaseAPISetImage(handle, ByteBuffer.wrap(pixels), gray.getWidth(), gray.getHeight(),
          BYTES_PER_GRAY_PIXEL, gray.getWidth());
      // no resolution declared: Tesseract estimates it from the size of the text, as its command line does for an
      // image without one; declaring 300 dpi for a 70 to 100 dpi phone photo made its layout analysis drop whole
      // paragraphs as noise (docs/ocr.md, "Real scans measured whole")
      if (api.TessBaseAPIRecognize(handle, null) != 0) throw new OcrException("Tesseract could not recognise the page");
      // the page's confidence, words and lines, before a table's cells are recognised on the same handle
      float confidence = api.TessBaseAPIMeanTextConf(handle);
      Lines lines = lines(handle, placing);
      String text = settings.readLayout()
          ? PageLayout.text(
          TableCells.read(handle, rules.tables(), PageWords.read(handle), settings.pageSegMode()), rules.tables(),
          gray.getWidth(), gray.getHeight()) : text(handle);
      return new OcrResult(text, confidence, lines.words(), lines.symbols(), lines.onPage(),
          InkCoverage.of(gray, lines.boxes(), lines.wordBoxes()));
    } finally {
      TessAPI.INSTANCE.TessBaseAPIClear(handle);
      giveBack(handle);
    }
  }

  /**
   * The text lines read: each with its words and their confidences and the rectangle it covers on the page as given,
   * in fractions of its size; the lines' and the words' rectangles in pixels of the image Tesseract read, whose ink
   * they are held against ({@link InkCoverage}); and every word's and every symbol's confidence in reading order (the quality score
   * ranks pages by their spread, not only the mean: a page's misread characters are its least sure symbols, which a
   * word's confidence averages away).
   */
  private record Lines(List<TextLine> onPage, List<Rectangle> boxes, List<Rectangle> wordBoxes, List<Float> words,
      List<Float> symbols) {}

  /** A line being read symbol by symbol: its text and place, then its words as the iterator reaches them. */
  private record LineInProgress(String text, double[] box, List<TextLine.Word> words) {}

  /** Walks the page symbol by symbol, opening a line and a word where the iterator is at the beginning of one. */
  private static Lines lines(TessBaseAPI handle, Placing placing) {
    TessAPI api = TessAPI.INSTANCE;
    Lines lines = new Lines(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    TessResultIterator iterator = api.TessBaseAPIGetIterator(handle);
    if (iterator == null) return lines;
    try {
      TessPageIterator boxes = api.TessResultIteratorGetPageIterator(iterator);
      AffineTransform toPage = placing.pageToRead().createInverse();
      IntBuffer left = IntBuffer.allocate(1);
      IntBuffer top = IntBuffer.allocate(1);
      IntBuffer right = IntBuffer.allocate(1);
      IntBuffer bottom = IntBuffer.allocate(1);
      LineInProgress line = null;
      String word = "";
      float wordConfidence = 0;
      float leastDigit = TextLine.Word.NO_DIGIT;
      boolean hasDigit = false;
      do {
        boolean wordStarts = api.TessPageIteratorIsAtBeginningOf(boxes, TessPageIteratorLevel.RIL_WORD) == 1;
        if (wordStarts && line != null && !word.isEmpty()) {
          line.words().add(new TextLine.Word(word, wordConfidence, leastDigit));
        }
        if (api.TessPageIteratorIsAtBeginningOf(boxes, TessPageIteratorLevel.RIL_TEXTLINE) == 1) {
          if (line != null) lines.onPage().add(finished(line, placing));
          line = null;
          String text = utf8(api.TessResultIteratorGetUTF8Text(iterator, TessPageIteratorLevel.RIL_TEXTLINE));
          if (!text.isEmpty() && api.TessPageIteratorBoundingBox(boxes, TessPageIteratorLevel.RIL_TEXTLINE, left, top,
              right, bottom) == 1) {
            lines.boxes().add(new Rectangle(left.get(0), top.get(0), right.get(0) - left.get(0),
                bottom.get(0) - top.get(0)));
            double[] corners = {left.get(0), top.get(0), right.get(0), top.get(0), left.get(0), bottom.get(0),
                right.get(0), bottom.get(0)};
            toPage.transform(corners, 0, corners, 0, 4);
            line = new LineInProgress(text, corners, new ArrayList<>());
          }
        }
        if (wordStarts) {
          word = utf8(api.TessResultIteratorGetUTF8Text(iterator, TessPageIteratorLevel.RIL_WORD));
          wordConfidence = api.TessResultIteratorConfidence(iterator, TessPageIteratorLevel.RIL_WORD);
          lines.words().add(wordConfidence);
          if (api.TessPageIteratorBoundingBox(boxes, TessPageIteratorLevel.RIL_WORD, left, top, right, bottom) == 1) {
            lines.wordBoxes().add(new Rectangle(left.get(0), top.get(0), right.get(0) - left.get(0),
                bottom.get(0) - top.get(0)));
          }
          leastDigit = TextLine.Word.NO_DIGIT;
          hasDigit = word.chars().anyMatch(Character::isDigit);
        }
        if (line == null) continue;
        float confidence = api.TessResultIteratorConfidence(iterator, TessPageIteratorLevel.RIL_SYMBOL);
        lines.symbols().add(confidence);
        // a symbol's own text costs a call into Tesseract: asked only in the words that have digits
        if (hasDigit) {
          String symbol = utf8(api.TessResultIteratorGetUTF8Text(iterator, TessPageIteratorLevel.RIL_SYMBOL));
          if (!symbol.isEmpty() && Character.isDigit(symbol.codePointAt(0))) leastDigit = Math.min(leastDigit, confidence);
        }
      } while (api.TessResultIteratorNext(iterator, TessPageIteratorLevel.RIL_SYMBOL) == 1);
      if (line != null && !word.isEmpty()) line.words().add(new TextLine.Word(word, wordConfidence, leastDigit));
      if (line != null) lines.onPage().add(finished(line, placing));
    } catch (NoninvertibleTransformException e) {
      throw new IllegalStateException("a turn and a rotation are always invertible", e);
    } finally {
      api.TessResultIteratorDelete(iterator);
    }
    return lines;
  }

  /** The line with the rectangle round its corners (on the page as given) in fractions of the page's size. */
  private static TextLine finished(LineInProgress line, Placing placing) {
    double[] c = line.box();
    double minX = Math.min(Math.min(c[0], c[2]), Math.min(c[4], c[6]));
    double maxX = Math.max(Math.max(c[0], c[2]), Math.max(c[4], c[6]));
    double minY = Math.min(Math.min(c[1], c[3]), Math.min(c[5], c[7]));
    double maxY = Math.max(Math.max(c[1], c[3]), Math.max(c[5], c[7]));
    return new TextLine(line.text(), line.words(), fraction(minX, placing.pageWidth()),
        fraction(minY, placing.pageHeight()), fraction(maxX, placing.pageWidth()), fraction(maxY, placing.pageHeight()));
  }

  /** Text Tesseract gave, stripped, and freed; none where it gave none. */
  private static String utf8(Pointer utf8) {
    if (utf8 == null) return "";
    try {
      return utf8.getString(0, StandardCharsets.UTF_8.name()).strip();
    } finally {
      TessAPI.INSTANCE.TessDeleteText(utf8);
    }
  }

  private static double fraction(double position, int size) {
    return Math.max(0, Math.min(1, position / size));
  }

  /** Tesseract's own text of the page, in its reading order. */
  private static String text(TessBaseAPI handle) {
    Pointer utf8 = TessAPI.INSTANCE.TessBaseAPIGetUTF8Text(handle);
    try {
      return utf8 == null ? "" : utf8.getString(0, StandardCharsets.UTF_8.name());
    } finally {
      if (utf8 != null) TessAPI.INSTANCE.TessDeleteText(utf8);
    }
  }

  private TessBaseAPI borrow() {
    synchronized (idle) {
      if (closed) throw new IllegalStateException("the OCR engine is closed");
      TessBaseAPI handle = idle.poll();
      if (handle != null) return handle;
    }
    return newHandle(); // outside the lock: loading a model takes a while and must not block other readers
  }

  private void giveBack(TessBaseAPI handle) {
    synchronized (idle) {
      if (!closed) {
        idle.push(handle);
        return;
      }
    }
    free(handle);
  }

  private TessBaseAPI newHandle() {
    TessAPI api = TessAPI.INSTANCE;
    TessBaseAPI handle = api.TessBaseAPICreate();
    if (api.TessBaseAPIInit3(handle, settings.tessdata().toString(), settings.languageSpec()) != 0) {
      api.TessBaseAPIDelete(handle);
      throw new OcrException("Tesseract could not load language " + settings.languageSpec() + " from "
          + settings.tessdata());
    }
    api.TessBaseAPISetPageSegMode(handle, settings.pageSegMode());
    // Tesseract prints progress lines such as "Detected 553 diacritics" to stderr; workers' logs need none
    api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
    return handle;
  }

  private static void free(TessBaseAPI handle) {
    TessAPI.INSTANCE.TessBaseAPIEnd(handle);
    TessAPI.INSTANCE.TessBaseAPIDelete(handle);
  }

  @Override
  public void close() {
    List<TessBaseAPI> toFree;
    synchronized (idle) {
      closed = true;
      toFree = new ArrayList<>(idle);
      idle.clear();
    }
    toFree.forEach(OcrEngine::free);
  }
}
