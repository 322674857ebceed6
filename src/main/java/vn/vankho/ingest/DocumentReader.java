package vn.vankho.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;
import vn.vankho.ingest.ocr.OcrEngine;
import vn.vankho.ingest.ocr.OcrException;
import vn.vankho.ingest.ocr.OcrResult;
import vn.vankho.ingest.ocr.PageImages;
import vn.vankho.model.PageSource;
import vn.vankho.text.Diacritics;
import vn.vankho.text.PageQuality;

/**
 * Reads the text of a kept original, page by page.
 *
 * <ul>
 *   <li>PDF: each page's text layer (PDFBox). A page whose layer is empty (a scan) or poor (mostly not
 *       Vietnamese syllables: a bad OCR engine made it) is rendered and read by OCR, and the better of
 *       the two readings is kept.
 *   <li>TIFF, JPEG, PNG: every page by OCR.
 *   <li>DOCX, ODT, DOC, RTF, HTML, TXT: Tika, as one page, with Tika's own OCR off (it would read
 *       scans in English).
 * </ul>
 * Pages are decoded one at a time on the calling thread and read by OCR in parallel on the page pool,
 * a few ahead at most, so all cores work on one long document and memory stays bounded. A page that
 * still reads poorly, or cannot be read at all, is kept with the reason it needs review; the rest of
 * the document goes on.
 */
public final class DocumentReader {
  /** A text longer than this is not an official document but a data dump; stop reading there. */
  private static final int MAX_CHARACTERS = 20_000_000;

  private final OcrEngine ocr;
  private final ExecutorService pagePool;
  private final int pagesAhead;

  /**
   * @param ocr the OCR engine, or null where OCR is not set up (scans then fail with that reason)
   * @param pagePool the threads OCR runs on
   * @param pagesAhead how many decoded pages may wait for OCR at once
   */
  public DocumentReader(OcrEngine ocr, ExecutorService pagePool, int pagesAhead) {
    this.ocr = ocr;
    this.pagePool = pagePool;
    this.pagesAhead = pagesAhead;
  }

  /** Reads every page of {@code file}, whose content is of type {@code mediaType}. */
  public List<PageText> read(Path file, String mediaType, ReadProgress progress, PageImageSink images)
      throws ReadException {
    if (FileTypes.supportedKind(mediaType).isEmpty()) {
      throw new ReadException("the archive does not read files of type " + mediaType);
    }
    if (mediaType.equals("application/pdf")) {
      return readPdf(file, progress, images);
    }
    if (FileTypes.isImage(mediaType)) {
      requireOcr();
      try (PageImages pages = PageImages.open(file, ocr.settings())) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < pages.pageCount(); i++) {
          all.add(i);
        }
        List<PageText> read = ocrPages(pages, all, new String[all.size()], progress, images);
        requireSomeText(read);
        return read;
      } catch (OcrException e) {
        throw new ReadException("the image cannot be read: " + e.getMessage(), e);
      }
    }
    String text = clean(readWithTika(file));
    progress.pagesRead(1, 1);
    return List.of(new PageText(1, text, PageSource.TEXT_LAYER, null, quality(text), null));
  }

  private List<PageText> readPdf(Path file, ReadProgress progress, PageImageSink images) throws ReadException {
    String[] layers;
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      int total = pdf.getNumberOfPages();
      if (total == 0) {
        throw new ReadException("the PDF has no pages");
      }
      layers = textLayers(pdf);
    } catch (InvalidPasswordException e) {
      throw new ReadException("the PDF is protected by a password; remove the password and upload it again", e);
    } catch (IOException e) {
      throw new ReadException("the PDF is damaged and cannot be read (" + e.getMessage() + ")", e);
    }
    List<Integer> toOcr = new ArrayList<>();
    for (int i = 0; i < layers.length; i++) {
      if (layers[i].isBlank() || PageQuality.isPoor(layers[i])) {
        toOcr.add(i);
      }
    }
    if (ocr == null) {
      if (toOcr.size() == layers.length && toOcr.stream().allMatch(i -> layers[i].isBlank())) {
        requireOcr();
      }
      List<PageText> pages = new ArrayList<>();
      for (int i = 0; i < layers.length; i++) {
        pages.add(textLayerPage(i, layers[i], toOcr.contains(i) ? "OCR is not set up to read this page again" : null));
      }
      progress.pagesRead(layers.length, layers.length);
      return pages;
    }
    try (PageImages pages = PageImages.open(file, ocr.settings())) {
      List<PageText> read = ocrPages(pages, toOcr, layers, progress, images);
      requireSomeText(read);
      return read;
    } catch (OcrException e) {
      throw new ReadException("the PDF's pages cannot be rendered: " + e.getMessage(), e);
    }
  }

  private static String[] textLayers(PDDocument pdf) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setSortByPosition(true);
    // keep an empty line where the page leaves a gap between paragraphs: the document's structure
    // (where the subject ends, where the signature block starts) is read from such gaps
    stripper.setParagraphStart("\n");
    String[] layers = new String[pdf.getNumberOfPages()];
    for (int i = 0; i < layers.length; i++) {
      stripper.setStartPage(i + 1);
      stripper.setEndPage(i + 1);
      layers[i] = clean(stripper.getText(pdf));
    }
    return layers;
  }

  /**
   * Reads pages {@code toOcr} (0-based) of {@code pages} by OCR and the others from {@code layers};
   * returns every page in order. {@code layers[i]} may be null for a file with no text layer.
   */
  private List<PageText> ocrPages(PageImages pages, List<Integer> toOcr, String[] layers, ReadProgress progress,
      PageImageSink images) {
    int total = layers.length;
    List<PageText> result = new ArrayList<>(total);
    Deque<Pending> inFlight = new ArrayDeque<>();
    int next = 0;
    try {
      for (int i = 0; i < total; i++) {
        result.add(null);
        if (!toOcr.contains(i)) {
          continue;
        }
        inFlight.add(start(pages, i, images));
        while (inFlight.size() > pagesAhead) {
          next = finish(inFlight.removeFirst(), layers, result, next, total, progress);
        }
      }
      while (!inFlight.isEmpty()) {
        next = finish(inFlight.removeFirst(), layers, result, next, total, progress);
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
  private record Pending(int index, Future<OcrResult> ocr, String decodeFailure) {}

  private Pending start(PageImages pages, int index, PageImageSink images) {
    try {
      BufferedImage image = pages.page(index);
      images.accept(index + 1, image);
      return new Pending(index, pagePool.submit(() -> ocr.read(image)), null);
    } catch (OcrException e) {
      return new Pending(index, null, e.getMessage());
    }
  }

  private static int finish(Pending pending, String[] layers, List<PageText> result, int done, int total,
      ReadProgress progress) {
    int i = pending.index();
    String layer = layers[i] == null ? "" : layers[i];
    String failure = pending.decodeFailure();
    OcrResult read = null;
    if (failure == null) {
      try {
        read = pending.ocr().get();
      } catch (ExecutionException e) {
        failure = e.getCause() instanceof OcrException ? e.getCause().getMessage() : "OCR failed: " + e.getCause();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading page " + (i + 1), e);
      }
    }
    result.set(i, failure != null ? failedPage(i, layer, failure) : better(i, layer, read));
    progress.pagesRead(done + 1, total);
    return done + 1;
  }

  /** The OCR reading unless the text layer reads better; flagged when even the better one is poor. */
  private static PageText better(int index, String layer, OcrResult read) {
    String ocrText = clean(read.text());
    float ocrQuality = quality(ocrText);
    float layerQuality = quality(layer);
    boolean keepLayer = !layer.isBlank() && layerQuality > ocrQuality;
    String text = keepLayer ? layer : ocrText;
    float quality = keepLayer ? layerQuality : ocrQuality;
    String problem = text.isBlank() ? "no text was found on this page"
        : PageQuality.isPoor(text) ? "the text reads poorly even after OCR (quality " + Math.round(quality * 100) + "%)"
        : !keepLayer && PageQuality.needsReview(text, read.meanConfidence())
            ? "the OCR probably misread some characters (predicted error rate "
                + Math.round(PageQuality.predictedCer(text, read.meanConfidence()) * 100) + "%)"
        : null;
    return keepLayer ? new PageText(index + 1, text, PageSource.TEXT_LAYER, null, quality, problem)
        : new PageText(index + 1, text, PageSource.OCR, read.meanConfidence(), quality, problem);
  }

  private static PageText failedPage(int index, String layer, String reason) {
    return new PageText(index + 1, layer, PageSource.TEXT_LAYER, null, quality(layer),
        "the page could not be read: " + reason);
  }

  private static PageText textLayerPage(int index, String text, String problem) {
    String shown = text == null ? "" : text;
    float quality = quality(shown);
    String why = problem != null ? problem
        : shown.isBlank() ? "no text was found on this page"
        : PageQuality.isPoor(shown) ? "the text reads poorly (quality " + Math.round(quality * 100) + "%)" : null;
    return new PageText(index + 1, shown, PageSource.TEXT_LAYER, null, quality, why);
  }

  private static float quality(String text) {
    return (float) PageQuality.score(text);
  }

  private void requireOcr() throws ReadException {
    if (ocr == null) {
      throw new ReadException("this is a scan, and OCR is not set up on this archive (run scripts/install-deps)");
    }
  }

  private static void requireSomeText(List<PageText> pages) throws ReadException {
    if (pages.stream().allMatch(p -> p.text().isBlank())) {
      String reasons = pages.stream().map(PageText::problem).distinct().reduce((a, b) -> a + "; " + b).orElse("");
      throw new ReadException("no page could be read: " + reasons);
    }
  }

  private static String readWithTika(Path file) throws ReadException {
    BodyContentHandler text = new BodyContentHandler(MAX_CHARACTERS);
    ParseContext context = new ParseContext();
    TesseractOCRConfig noOcr = new TesseractOCRConfig();
    noOcr.setSkipOcr(true);
    context.set(TesseractOCRConfig.class, noOcr);
    try (InputStream in = Files.newInputStream(file)) {
      new AutoDetectParser().parse(in, text, new Metadata(), context);
      return text.toString();
    } catch (EncryptedDocumentException e) {
      throw new ReadException("the file is protected by a password; remove the password and upload it again", e);
    } catch (SAXException e) {
      if (WriteLimitReachedException.isWriteLimitReached(e)) {
        return text.toString();
      }
      throw new ReadException("the file is damaged and cannot be read (" + e.getMessage() + ")", e);
    } catch (TikaException | IOException e) {
      throw new ReadException("the file is damaged and cannot be read (" + e.getMessage() + ")", e);
    }
  }

  /** NFC, no trailing blanks, at most one empty line in a row: what every later stage expects. */
  static String clean(String text) {
    return Diacritics.nfc(text)
        .replace("\r\n", "\n")
        .replaceAll("[ \\t\\u00A0]+\\n", "\n")
        .replaceAll("\\n{3,}", "\n\n")
        .strip();
  }
}
