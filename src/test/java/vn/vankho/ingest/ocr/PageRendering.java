package vn.vankho.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.vankho.ingest.ocr.SamplePages.Quality;
import vn.vankho.ingest.ocr.SamplePages.SamplePage;

/**
 * Writes scanned-looking files with known text, for tests that import or read them: image-only PDFs,
 * multi-page TIFFs, JPEGs and PNGs of {@link SamplePages}, and broken files (garbage bytes, a PNG that
 * claims to be enormous). Each file's page size follows the page's dpi, as a scanner would record it.
 */
public final class PageRendering {
  private static final float POINTS_PER_INCH = 72f;

  private PageRendering() {}

  /** Pages {@code 0..count-1} of the sample document at one quality. */
  public static List<SamplePage> samplePages(int count, Quality quality) {
    List<SamplePage> pages = new ArrayList<>();
    for (int i = 0; i < count; i++) pages.add(SamplePages.page(i, quality));
    return pages;
  }

  /** An image-only PDF: each page one losslessly stored image, no text layer, as a scanner makes it. */
  public static Path writePdf(Path file, List<SamplePage> pages) {
    try (PDDocument document = new PDDocument()) {
      for (SamplePage page : pages) {
        float scale = POINTS_PER_INCH / page.dpi();
        PDRectangle size = new PDRectangle(page.image().getWidth() * scale, page.image().getHeight() * scale);
        PDPage pdfPage = new PDPage(size);
        document.addPage(pdfPage);
        PDImageXObject image = LosslessFactory.createFromImage(document, page.image());
        try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
          content.drawImage(image, 0, 0, size.getWidth(), size.getHeight());
        }
      }
      document.save(file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A multi-page TIFF, Deflate-compressed, one image per page. */
  public static Path writeTiff(Path file, List<SamplePage> pages) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionType("Deflate");
      writer.prepareWriteSequence(null);
      for (SamplePage page : pages) writer.writeToSequence(new IIOImage(page.image(), null, null), param);
      writer.endWriteSequence();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
  }

  /** A JPEG at quality 0.85, a typical scanner or phone setting: compression artefacts included. */
  public static Path writeJpeg(Path file, SamplePage page) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    try (ImageOutputStream out = ImageIO.createImageOutputStream(Files.newOutputStream(file))) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.85f);
      writer.write(null, new IIOImage(page.image(), null, null), param);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
  }

  public static Path writePng(Path file, BufferedImage image) {
    try {
      ImageIO.write(image, "png", file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Bytes that are no image at all, whatever the file is named. */
  public static Path writeGarbage(Path file) {
    byte[] bytes = new byte[4096];
    new Random(41).nextBytes(bytes);
    try {
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A PNG of a few dozen bytes whose header declares {@code width x height} RGBA pixels and which holds no
   * pixel data: decoding it would allocate the whole raster (3.6 GB at 30000x30000), so only a reader that
   * checks the size first survives it.
   */
  public static Path writeOversizedPng(Path file, int width, int height) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
      ByteArrayOutputStream header = new ByteArrayOutputStream();
      DataOutputStream ihdr = new DataOutputStream(header);
      ihdr.writeInt(width);
      ihdr.writeInt(height);
      ihdr.write(new byte[] {8, 6, 0, 0, 0}); // 8 bits, RGBA, deflate, adaptive filter, no interlace
      chunk(out, "IHDR", header.toByteArray());
      chunk(out, "IEND", new byte[0]);
      return Files.write(file, bytes.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    out.writeInt(data.length);
    out.write(typeBytes);
    out.write(data);
    out.writeInt((int) crc.getValue());
  }
}
