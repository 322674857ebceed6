package vn.vankho.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;
import vn.vankho.ingest.ocr.OcrEngine;
import vn.vankho.ingest.ocr.OcrException;
import vn.vankho.ingest.ocr.OcrResult;
import vn.vankho.ingest.ocr.PageImages;
import vn.vankho.model.Page;
import vn.vankho.model.PageSource;
import vn.vankho.model.Reason;
import vn.vankho.text.Diacritics;
import vn.vankho.text.LegacyText;
import vn.vankho.text.PageQuality;
import vn.vankho.text.PostCorrection;

/**
 * Reads the text of a kept original, page by page.
 *
 * <ul>
 *   <li>PDF: each page's text layer (PDFBox). A page whose layer is empty (a scan) or poor (mostly not
 *       Vietnamese syllables: a bad OCR engine made it) is rendered and read by OCR, and the better of
 *       the two readings is kept; a poor layer of a page that is born digital all through (visible glyphs of
 *       fonts that map them to characters: {@link PrintedPage}) is what the page prints, and is kept as it is.
 *       In a PDF born digital from its first page on, the pages without a text layer are not read here but left
 *       {@linkplain PageSource#AWAITING_OCR waiting} for {@link #readWaiting}, so that the document is read, described
 *       and searchable without waiting for their OCR.
 *   <li>TIFF, JPEG, PNG: every page by OCR.
 *   <li>DOCX, ODT, DOC, RTF, HTML, TXT: Tika, as one page, with Tika's own OCR off (it would read
 *       scans in English).
 * </ul>
 * Text typed in a legacy font encoding (TCVN3, VNI: "Qu¶ng Ninh") is converted to Unicode before
 * anything else reads it ({@link LegacyText}), and the page says so in its note.
 * Pages are decoded one at a time on the calling thread and read by OCR in parallel on the page pool,
 * a few ahead, so all cores work on one long document. Memory stays bounded whatever the documents' length
 * and however many workers read at once: a page image is kept (scaled down) as soon as it is decoded and
 * dropped once read, and no more than {@code pagesAhead} decoded pages exist at once in the process, over
 * all the documents this reader is reading. A page that still reads poorly, or cannot be read at all, is
 * kept with the reason it needs review; the rest of the document goes on. A document over its
 * {@link ReadingBudget} (pages, or time) fails with the budget it went over.
 */
public final class DocumentReader {
  /** A text longer than this is not an official document but a data dump; stop reading there. */
  private static final int MAX_CHARACTERS = 20_000_000;
  /** How far from its end a PDF's {@code %%EOF} may stand. */
  private static final int PDF_TAIL_BYTES = 1024;
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  /** What an archivist reads on a page left for OCR until it is read. */
  private static final String AWAITING_OCR_NOTE = "Trang chưa có lớp chữ, sẽ được nhận dạng chữ sau";
  private static final Logger LOG = LoggerFactory.getLogger(DocumentReader.class);
  /**
   * One parser for every file, as Tika's parsers are safe to share between threads: making one looks up every
   * parser the archive's jars provide, which cost more than reading a typical text file.
   */
  private static final AutoDetectParser TIKA = new AutoDetectParser();

  private final OcrEngine ocr;
  private final ExecutorService pagePool;
  private final int pagesAhead;
  private final Semaphore pagesInMemory;
  private final ReadingBudget budget;

  /**
   * @param ocr the OCR engine, or null where OCR is not set up (scans then fail with that reason)
   * @param pagePool the threads OCR runs on
   * @param pagesAhead how many decoded pages may exist at once, waiting for OCR or being read, over all the
   *     documents read at the same time (a 300 dpi A4 page and its cleaned copies take about 40 MB)
   * @param budget the most pages and time one document may take
   */
  public DocumentReader(OcrEngine ocr, ExecutorService pagePool, int pagesAhead, ReadingBudget budget) {
    this.ocr = ocr;
    this.pagePool = pagePool;
    this.pagesAhead = pagesAhead;
    this.pagesInMemory = new Semaphore(pagesAhead);
    this.budget = budget;
  }

  /** Reads every page of {@code file}, whose content is of type {@code mediaType}. */
  public List<Page> read(Path file, String mediaType, ReadProgress progress, PageImageSink images)
      throws ReadException {
    if (FileTypes.supportedKind(mediaType).isEmpty()) {
      throw new ReadException(Reason.UNSUPPORTED_TYPE, mediaType, null);
    }
    ReadingBudget.Deadline deadline = budget.start();
    if (mediaType.equals("application/pdf")) {
      return readPdf(file, progress, images, deadline);
    }
    if (FileTypes.isImage(mediaType)) {
      requireOcr();
      try (PageImages pages = PageImages.open(file, ocr.settings())) {
        budget.checkPages(pages.pageCount(), "image file");
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < pages.pageCount(); i++) {
          all.add(i);
        }
        List<Page> read = ocrPages(pages, all, new String[all.size()], progress, images, deadline);
        requireSomeText(read);
        return read;
      } catch (OcrException e) {
        throw new ReadException(e.reason() == Reason.PAGE_UNREADABLE ? Reason.DAMAGED : e.reason(), e.getMessage(), e);
      }
    }
    if (FileTypes.isZipContainer(mediaType)) {
      ZipBombs.requireSane(file);
    }
    String plain = mediaType.equals("text/plain") ? readUtf8(file) : null;
    LegacyText.Restored restored = LegacyText.restore(clean(plain != null ? plain : readWithTika(file)));
    String text = restored.text();
    progress.pagesRead(1, 1);
    return List.of(page(1, text, PageSource.TEXT_LAYER, null, quality(text), null, legacyNote(restored)));
  }

  private List<Page> readPdf(Path file, ReadProgress progress, PageImageSink images,
      ReadingBudget.Deadline deadline) throws ReadException {
    requireWholePdf(file);
    String[] layers;
    boolean[] bornDigital;
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      int total = pdf.getNumberOfPages();
      if (total == 0) {
        throw new ReadException(Reason.NO_PAGES);
      }
      budget.checkPages(total, "PDF");
      bornDigital = new boolean[total];
      layers = textLayers(pdf, deadline, bornDigital);
    } catch (InvalidPasswordException e) {
      throw new ReadException(Reason.ENCRYPTED, e.getMessage(), e);
    } catch (IOException e) {
      throw new ReadException(Reason.DAMAGED, e.getMessage(), e);
    }
    LegacyText.Restored[] restored = new LegacyText.Restored[layers.length];
    for (int i = 0; i < layers.length; i++) {
      restored[i] = LegacyText.restore(layers[i]);
      layers[i] = restored[i].text();
    }
    List<Integer> toOcr = new ArrayList<>();
    for (int i = 0; i < layers.length; i++) {
      // a born-digital page's layer is kept however it scores, so it is not scored here (textLayerPage scores it)
      if (layers[i].isBlank() || !bornDigital[i] && PageQuality.isPoor(layers[i])) {
        toOcr.add(i);
      }
    }
    // a born-digital PDF's pages without a text layer (a colophon drawn as outlines, a scanned appendix) are read
    // by a job of their own behind the imports: rendering and OCR cost more than reading the whole text layer
    boolean deferOcr = ocr != null && !toOcr.isEmpty() && bornDigitalFromFirstPage(layers, bornDigital);
    // with no page to read by OCR, the PDF is not opened a second time for the renderer: every page is its text layer
    if (ocr == null || deferOcr || toOcr.isEmpty()) {
      if (ocr == null && toOcr.size() == layers.length && toOcr.stream().allMatch(i -> layers[i].isBlank())) {
        requireOcr();
      }
      List<Page> pages = new ArrayList<>();
      for (int i = 0; i < layers.length; i++) {
        pages.add(!toOcr.contains(i) ? textLayerPage(i, layers[i], null)
            : deferOcr ? awaitingOcr(i) : textLayerPage(i, layers[i], Reason.PAGE_OCR_UNAVAILABLE));
      }
      progress.pagesRead(layers.length, layers.length);
      return noted(pages, restored);
    }
    try (PageImages pages = PageImages.open(file, ocr.settings())) {
      List<Page> read = ocrPages(pages, toOcr, layers, progress, images, deadline);
      requireSomeText(read);
      return noted(read, restored);
    } catch (OcrException e) {
      throw new ReadException(Reason.DAMAGED, e.getMessage(), e);
    }
  }

  /**
   * Reads by OCR the pages {@code numbers} (1-based) of the PDF {@code file} that its reading left
   * {@linkplain PageSource#AWAITING_OCR waiting}, as a page without a text layer is read at import: a page read poorly,
   * or not at all, comes back flagged with the reason.
   */
  public List<Page> readWaiting(Path file, List<Integer> numbers, ReadProgress progress, PageImageSink images)
      throws ReadException {
    requireOcr();
    ReadingBudget.Deadline deadline = budget.start();
    try (PageImages pages = PageImages.open(file, ocr.settings())) {
      List<Integer> indexes = numbers.stream().map(n -> n - 1).toList();
      List<Page> all = ocrPages(pages, indexes, new String[pages.pageCount()], progress, images, deadline);
      return indexes.stream().map(all::get).toList();
    } catch (OcrException e) {
      throw new ReadException(Reason.DAMAGED, e.getMessage(), e);
    }
  }

  /**
   * Whether the PDF is born digital from its first page on: the first page has a text layer, and every page with one
   * is {@link PrintedPage born digital}. Its pages without a text layer then wait for OCR; the head of the document,
   * which its description is read from (and a scanned first page checked by {@link FieldReview}), is never among them.
   */
  private static boolean bornDigitalFromFirstPage(String[] layers, boolean[] bornDigital) {
    if (layers[0].isBlank()) {
      return false;
    }
    for (int i = 0; i < layers.length; i++) {
      if (!layers[i].isBlank() && !bornDigital[i]) {
        return false;
      }
    }
    return true;
  }

  /** Each page's text layer, and in {@code bornDigital} whether the page is {@link PrintedPage born digital}. */
  private static String[] textLayers(PDDocument pdf, ReadingBudget.Deadline deadline, boolean[] bornDigital)
      throws IOException, ReadingBudgetExceededException {
    PrintedPage.Stripper stripper = new PrintedPage.Stripper();
    stripper.setSortByPosition(true);
    // keep an empty line where the page leaves a gap between paragraphs: the document's structure
    // (where the subject ends, where the signature block starts) is read from such gaps
    stripper.setParagraphStart("\n");
    String[] layers = new String[pdf.getNumberOfPages()];
    for (int i = 0; i < layers.length; i++) {
      deadline.check(i, layers.length);
      layers[i] = clean(stripper.pageText(pdf, i + 1));
      bornDigital[i] = PrintedPage.isBornDigital(pdf.getPage(i), stripper);
    }
    return layers;
  }

  /**
   * Reads pages {@code toOcr} (0-based) of {@code pages} by OCR and the others from {@code layers};
   * returns every page in order. {@code layers[i]} may be null for a file with no text layer. Stops with
   * the time budget's reason when {@code deadline} passes, whether waiting for a page or before the next.
   */
  private List<Page> ocrPages(PageImages pages, List<Integer> toOcr, String[] layers, ReadProgress progress,
      PageImageSink images, ReadingBudget.Deadline deadline) throws ReadingBudgetExceededException {
    int total = layers.length;
    List<Page> result = new ArrayList<>(total);
    Deque<Pending> inFlight = new ArrayDeque<>();
    int next = 0;
    try {
      for (int i = 0; i < total; i++) {
        result.add(null);
        if (!toOcr.contains(i)) {
          continue;
        }
        deadline.check(next, total);
        inFlight.add(start(pages, i, images, deadline, next, total));
        while (inFlight.size() > pagesAhead) {
          next = finish(inFlight.removeFirst(), layers, result, next, total, progress, images, deadline);
        }
      }
      while (!inFlight.isEmpty()) {
        next = finish(inFlight.removeFirst(), layers, result, next, total, progress, images, deadline);
      }
    } finally {
      inFlight.stream().filter(p -> p.ocr() != null).forEach(p -> p.ocr().cancel(true));
    }
    for (int i = 0; i < total; i++) {
      if (result.get(i) == null) {
        result.set(i, textLayerPage(i, layers[i], null));
      }
    }
    progress.pagesRead(total, total);
    return result;
  }

  /** A page handed to the pool: decoded here, read there. */
  private record Pending(int index, Future<OcrResult> ocr, OcrException decodeFailure) {}

  /**
   * Decodes a page once fewer than {@code pagesAhead} decoded pages exist, and hands it to the pool; the
   * page's place is given back when its reading ends, or is cancelled, whoever waits for it.
   */
  private Pending start(PageImages pages, int index, PageImageSink images, ReadingBudget.Deadline deadline,
      int done, int total) throws ReadingBudgetExceededException {
    try {
      if (!pagesInMemory.tryAcquire(deadline.remainingNanos(), TimeUnit.NANOSECONDS)) {
        throw deadline.exceeded(done, total);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to read page " + (index + 1), e);
    }
    try {
      BufferedImage image = pages.page(index);
      images.accept(index + 1, image);
      FutureTask<OcrResult> read = new FutureTask<>(() -> ocr.read(image)) {
        @Override
        protected void done() {
          pagesInMemory.release();
        }
      };
      pagePool.execute(read);
      return new Pending(index, read, null);
    } catch (OcrException e) {
      pagesInMemory.release();
      return new Pending(index, null, e);
    } catch (RuntimeException e) { // the image could not be kept, or the pool is shut down
      pagesInMemory.release();
      throw e;
    }
  }

  private static int finish(Pending pending, String[] layers, List<Page> result, int done, int total,
      ReadProgress progress, PageImageSink images, ReadingBudget.Deadline deadline)
      throws ReadingBudgetExceededException {
    int i = pending.index();
    String layer = layers[i] == null ? "" : layers[i];
    OcrException failure = pending.decodeFailure();
    OcrResult read = null;
    if (failure == null) {
      try {
        read = pending.ocr().get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
      } catch (TimeoutException e) {
        throw deadline.exceeded(done, total);
      } catch (ExecutionException e) {
        failure = e.getCause() instanceof OcrException unreadable ? unreadable
            : new OcrException("OCR failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading page " + (i + 1), e);
      }
    }
    Page page = failure != null ? failedPage(i, layer, failure) : better(i, layer, read);
    if (page.source() == PageSource.OCR) {
      images.lines(page.number(), read.lines());
    }
    result.set(i, page);
    progress.pagesRead(done + 1, total);
    return done + 1;
  }

  /** The OCR reading unless the text layer reads better; flagged when even the better one is poor. */
  private static Page better(int index, String layer, OcrResult read) {
    // the slips the language model is sure of are corrected; Tesseract's own text is not kept (docs/ocr.md)
    String ocrText = clean(PostCorrection.correct(read.text()));
    PageQuality.Signs signs = PageQuality.signs(ocrText, read.wordConfidences(), read.symbolConfidences(), read.ink());
    float ocrQuality = (float) signs.legible();
    float layerQuality = quality(layer);
    boolean keepLayer = !layer.isBlank() && layerQuality > ocrQuality;
    String text = keepLayer ? layer : ocrText;
    float quality = keepLayer ? layerQuality : ocrQuality;
    String problem = text.isBlank() ? Reason.NO_TEXT.code() : PageQuality.isPoor(text) ? Reason.POOR_TEXT.code()
        : !keepLayer && PageQuality.needsReview(signs) ? Reason.LIKELY_MISREAD.code()
        : null;
    return keepLayer ? page(index + 1, text, PageSource.TEXT_LAYER, null, quality, problem, null)
        : page(index + 1, text, PageSource.OCR, read.meanConfidence(), quality, problem, null);
  }

  private static Page failedPage(int index, String layer, OcrException failure) {
    LOG.info("page {} could not be read: {}", index + 1, failure.getMessage());
    return page(index + 1, layer, PageSource.TEXT_LAYER, null, quality(layer), failure.reason().code(), null);
  }

  private static Page textLayerPage(int index, String text, Reason problem) {
    String shown = text == null ? "" : text;
    // scored once: the score is both the page's quality and whether it is poor
    double score = PageQuality.score(shown);
    Reason why = problem != null ? problem
        : shown.isBlank() ? Reason.NO_TEXT
        : PageQuality.isPoor(score) ? Reason.POOR_TEXT : null;
    return page(index + 1, shown, PageSource.TEXT_LAYER, null, (float) score, why == null ? null : why.code(), null);
  }

  /** A page without a text layer left for OCR: no text yet, and a note that says so to the archivist. */
  private static Page awaitingOcr(int index) {
    return page(index + 1, "", PageSource.AWAITING_OCR, null, null, null, AWAITING_OCR_NOTE);
  }

  /**
   * A page as read: it needs review when reading could not trust it ({@code problem}); its image's digest is the
   * caller's to add, who keeps the image.
   */
  private static Page page(int number, String text, PageSource source, Float confidence, Float quality, String problem,
      String note) {
    return new Page(number, text, source, confidence, quality, problem != null, problem, note, null);
  }

  /** The pages, each text layer that was converted from a legacy encoding saying so. */
  private static List<Page> noted(List<Page> pages, LegacyText.Restored[] restored) {
    return pages.stream().map(p -> {
      String note = p.source() == PageSource.TEXT_LAYER ? legacyNote(restored[p.number() - 1]) : null;
      return note == null ? p
          : page(p.number(), p.text(), p.source(), p.confidence(), p.quality(), p.problem(), note);
    }).toList();
  }

  /** The page note of a text converted from a legacy encoding, shown to archivists; null when not converted. */
  private static String legacyNote(LegacyText.Restored restored) {
    return !restored.converted() ? null
        : "Văn bản gõ bằng bảng mã " + restored.encoding().label() + ", đã chuyển sang Unicode ("
            + restored.linesConverted() + " dòng)";
  }

  private static float quality(String text) {
    return (float) PageQuality.score(text);
  }

  private void requireOcr() throws ReadException {
    if (ocr == null) {
      throw new ReadException(Reason.OCR_UNAVAILABLE);
    }
  }

  /** Fails when no page gave text: with the pages' one reason when they share it (a huge image), else plainly. */
  private static void requireSomeText(List<Page> pages) throws ReadException {
    if (pages.stream().allMatch(p -> p.text().isBlank())) {
      List<String> problems = pages.stream().map(Page::problem).distinct().toList();
      Reason shared = problems.size() == 1 ? Reason.ofCode(problems.get(0)).orElse(Reason.NO_TEXT_READ)
          : Reason.NO_TEXT_READ;
      throw new ReadException(switch (shared) {
        case IMAGE_TOO_LARGE -> Reason.IMAGE_TOO_LARGE;
        case PAGE_UNREADABLE -> Reason.DAMAGED;
        default -> Reason.NO_TEXT_READ;
      }, String.join("; ", problems), null);
    }
  }

  /**
   * A PDF ends with {@code %%EOF} (a little trailing junk is common). One without it was cut short:
   * PDFBox would still open it leniently and find blank pages, and "no text" would mislead.
   */
  private static void requireWholePdf(Path file) throws ReadException {
    try (SeekableByteChannel channel = Files.newByteChannel(file)) {
      long size = channel.size();
      ByteBuffer tail = ByteBuffer.allocate((int) Math.min(size, PDF_TAIL_BYTES));
      channel.position(size - tail.capacity());
      while (tail.hasRemaining() && channel.read(tail) >= 0) {
        // read the tail whole
      }
      if (!new String(tail.array(), StandardCharsets.ISO_8859_1).contains("%%EOF")) {
        throw new ReadException(Reason.TRUNCATED, "no %%EOF in the last " + tail.capacity() + " bytes", null);
      }
    } catch (IOException e) {
      throw new ReadException(Reason.DAMAGED, e.getMessage(), e);
    }
  }

  /**
   * A plain text file whose bytes are UTF-8, decoded as Tika's text parser would decode it, without its detection
   * and its XHTML events (three times the cost of reading a text, which was most of an office export's reading);
   * null for any other, which Tika reads: a legacy code page, or a file beyond the characters kept.
   */
  private static String readUtf8(Path file) throws ReadException {
    try {
      if (Files.size(file) > MAX_CHARACTERS) {
        return null;
      }
      CharBuffer text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file)));
      if (text.length() > 0 && text.charAt(0) == BYTE_ORDER_MARK) {
        text.position(1);
      }
      return withoutControls(text.toString());
    } catch (CharacterCodingException e) {
      return null;
    } catch (IOException e) {
      throw damaged(e);
    }
  }

  /**
   * The text with each character Tika's content handler refuses (controls but tab and line ends, DEL and the C1
   * controls, U+FFFE and U+FFFF) replaced by U+FFFD, as Tika's reading gives it.
   */
  private static String withoutControls(String text) {
    char[] chars = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ' ' && c != '\t' && c != '\n' && c != '\r' || c >= '\u007F' && c <= '\u009F' || c >= '\uFFFE') {
        if (chars == null) {
          chars = text.toCharArray();
        }
        chars[i] = '\uFFFD';
      }
    }
    return chars == null ? text : new String(chars);
  }

  private static String readWithTika(Path file) throws ReadException {
    BodyContentHandler text = new BodyContentHandler(MAX_CHARACTERS);
    ParseContext context = new ParseContext();
    TesseractOCRConfig noOcr = new TesseractOCRConfig();
    noOcr.setSkipOcr(true);
    context.set(TesseractOCRConfig.class, noOcr);
    try (InputStream in = Files.newInputStream(file)) {
      TIKA.parse(in, text, new Metadata(), context);
      return text.toString();
    } catch (EncryptedDocumentException e) {
      throw new ReadException(Reason.ENCRYPTED, e.getMessage(), e);
    } catch (SAXException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        return text.toString();
      }
      throw damaged(e);
    } catch (TikaException | IOException e) {
      throw damaged(e);
    }
  }

  /** Damaged, unless the parser stopped because the file inflates out of all proportion (POI, Tika both say so). */
  private static ReadException damaged(Exception e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")) {
        return new ReadException(Reason.ZIP_BOMB, cause.getMessage(), e);
      }
    }
    return new ReadException(Reason.DAMAGED, e.toString(), e);
  }

  /**
   * NFC, no trailing blanks, at most one empty line in a row: what every later stage expects. One pass over the
   * text; three passes of replacing (CR LF, then blanks before a line end, then three line ends or more) were
   * a quarter of a text's reading. {@code DocumentReaderCleanTest} holds the three passes to compare with.
   */
  static String clean(String text) {
    String nfc = Diacritics.nfc(text);
    StringBuilder cleaned = new StringBuilder(nfc.length());
    int kept = 0; // the text from here on is kept up to the next part dropped, and copied then
    int lineEnds = 0; // how many line ends the cleaned text ends with
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (isBlank(c)) {
        int end = i;
        while (end < nfc.length() && isBlank(nfc.charAt(end))) {
          end++;
        }
        if (isLineEnd(nfc, end)) {
          cleaned.append(nfc, kept, i);
          kept = end;
        } else {
          lineEnds = 0;
        }
        i = end - 1;
      } else if (isLineEnd(nfc, i)) {
        int lineFeed = c == '\r' ? i + 1 : i;
        if (lineEnds < 2 && lineFeed == i) {
          lineEnds++;
        } else {
          // the CR of a CR LF, or a third line end in a row (with its CR)
          cleaned.append(nfc, kept, i);
          kept = lineEnds < 2 ? lineFeed : lineFeed + 1;
          lineEnds += lineEnds < 2 ? 1 : 0;
        }
        i = lineFeed;
      } else {
        lineEnds = 0;
      }
    }
    return cleaned.append(nfc, kept, nfc.length()).toString().strip();
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00A0';
  }

  /** A line ends at {@code i}: LF, or CR LF (a lone CR stays as it is). */
  private static boolean isLineEnd(String text, int i) {
    return i < text.length() && (text.charAt(i) == '\n'
        || text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n');
  }
}
