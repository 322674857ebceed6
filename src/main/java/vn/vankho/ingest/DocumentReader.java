package vn.vankho.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import vn.vankho.model.PageSource;
import vn.vankho.text.Diacritics;

/**
 * Reads the text of a kept original, page by page. PDFs are read with PDFBox, one page at a time,
 * so each page keeps its own text; the word-processor and web formats go through Tika as one page,
 * with Tika's own OCR turned off (it would read scans in English; the archive does its own).
 */
public final class DocumentReader {
  /** A text longer than this is not an official document but a data dump; stop reading there. */
  private static final int MAX_CHARACTERS = 20_000_000;

  /** Reads every page of {@code file}, whose content is of type {@code mediaType}. */
  public List<PageText> read(Path file, String mediaType, ReadProgress progress) throws ReadException {
    if (FileTypes.supportedKind(mediaType).isEmpty()) {
      throw new ReadException("the archive does not read files of type " + mediaType);
    }
    if (mediaType.equals("application/pdf")) {
      return readPdf(file, progress);
    }
    if (FileTypes.isImage(mediaType)) {
      throw new ReadException("scanned images need OCR, which this archive has not been set up to run");
    }
    List<PageText> pages = List.of(new PageText(1, clean(readWithTika(file)), PageSource.TEXT_LAYER, null));
    progress.pagesRead(1, 1);
    return pages;
  }

  private static List<PageText> readPdf(Path file, ReadProgress progress) throws ReadException {
    try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
      int total = pdf.getNumberOfPages();
      if (total == 0) {
        throw new ReadException("the PDF has no pages");
      }
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      // keep an empty line where the page leaves a gap between paragraphs: the document's structure
      // (where the subject ends, where the signature block starts) is read from such gaps
      stripper.setParagraphStart("\n");
      List<PageText> pages = new ArrayList<>(total);
      for (int number = 1; number <= total; number++) {
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        pages.add(new PageText(number, clean(stripper.getText(pdf)), PageSource.TEXT_LAYER, null));
        progress.pagesRead(number, total);
      }
      if (pages.stream().allMatch(p -> p.text().isBlank())) {
        throw new ReadException("the PDF has no text layer: it is a scan, and scans need OCR");
      }
      return pages;
    } catch (InvalidPasswordException e) {
      throw new ReadException("the PDF is protected by a password; remove the password and upload it again", e);
    } catch (IOException e) {
      throw new ReadException("the PDF is damaged and cannot be read (" + e.getMessage() + ")", e);
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
