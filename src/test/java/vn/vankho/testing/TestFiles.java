package vn.vankho.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Files made in the test, with Vietnamese text, in the formats archivists upload. */
public final class TestFiles {
  /** A font with every Vietnamese letter; Debian's fonts-dejavu-core, installed by scripts/setup. */
  public static final Path VIETNAMESE_FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

  private TestFiles() {}

  /** A PDF with a text layer: one page per string, one line per line. */
  public static byte[] pdf(List<String> pages) {
    try (PDDocument pdf = new PDDocument()) {
      write(pdf, pages);
      return save(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@code pdf} with one more page that is only an image, {@code dpi} dots an inch: no text layer, as a scanned
   * appendix, or a colophon drawn as outlines, ends a born-digital PDF.
   */
  public static byte[] withImagePage(byte[] pdf, BufferedImage image, int dpi) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      float scale = 72f / dpi;
      PDRectangle size = new PDRectangle(image.getWidth() * scale, image.getHeight() * scale);
      PDPage page = new PDPage(size);
      document.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(document, page)) {
        content.drawImage(LosslessFactory.createFromImage(document, image), 0, 0, size.getWidth(), size.getHeight());
      }
      return save(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF of {@code pages} blank A4 pages: no text layer, so every page goes to OCR and finds nothing. */
  public static byte[] blankPdf(int pages) {
    try (PDDocument pdf = new PDDocument()) {
      for (int i = 0; i < pages; i++) {
        pdf.addPage(new PDPage(PDRectangle.A4));
      }
      return save(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A PDF that opens only with a password. */
  public static byte[] encryptedPdf(String text) {
    try (PDDocument pdf = new PDDocument()) {
      write(pdf, List.of(text));
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      pdf.protect(policy);
      return save(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The first part of a real PDF: what a broken copy or an interrupted download leaves. */
  public static byte[] truncatedPdf(String text) {
    byte[] whole = pdf(List.of(text));
    byte[] head = new byte[whole.length / 3];
    System.arraycopy(whole, 0, head, 0, head.length);
    return head;
  }

  /** A DOCX with one paragraph per line. */
  public static byte[] docx(String text) {
    try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String line : text.split("\n")) {
        docx.createParagraph().createRun().setText(line);
      }
      docx.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final int LINES_PER_PAGE = 48;
  private static final int CHARACTERS_PER_LINE = 88;

  /** Writes each string from the top of a new page, wrapping long lines and running on to further pages. */
  private static void write(PDDocument pdf, List<String> pages) throws IOException {
    PDType0Font font = PDType0Font.load(pdf, VIETNAMESE_FONT.toFile());
    for (String text : pages) {
      List<String> lines = wrap(text);
      for (int first = 0; first < lines.size(); first += LINES_PER_PAGE) {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
          content.beginText();
          content.setFont(font, 11);
          content.setLeading(15);
          content.newLineAtOffset(60, 780);
          for (String line : lines.subList(first, Math.min(lines.size(), first + LINES_PER_PAGE))) {
            content.showText(line);
            content.newLine();
          }
          content.endText();
        }
      }
    }
  }

  private static List<String> wrap(String text) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.split("\n")) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.strip().split(" +")) {
        if (line.length() > 0 && line.length() + 1 + word.length() > CHARACTERS_PER_LINE) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(line.length() == 0 ? "" : " ").append(word);
      }
      lines.add(line.toString());
    }
    return lines;
  }

  private static byte[] save(PDDocument pdf) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pdf.save(out);
    return out.toByteArray();
  }
}
