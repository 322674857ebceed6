package vn.vankho.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vankho.testing.RealCorpus;
import vn.vankho.testing.TestFiles;

/**
 * Type detection behind the magic screen gives Tika's answer: on every file of the shared corpus (gazette PDFs,
 * scans, photos, the corpus's own data files), every test resource, every corpus text as an uploaded file, and
 * files made to sit on the edges of the table (empty, byte order marks, UTF-16, HTML and XML, RTF, office and other
 * ZIP files, images, a PDF after junk, the text kinds whose magic is a regular expression).
 */
class FileTypesTest {
  private static final List<String> NAMES = List.of("tài liệu.txt", "x.pdf", "x.docx", "x.odt", "x.html", "x.rtf",
      "x.jpg", "x.png", "x.tif", "x.zip", "x.xml", "x.eml", "x");
  private static final String DECISION = """
      ỦY BAN NHÂN DÂN
      TỈNH THANH HÓA
      Số: 1234/QĐ-UBND
      QUYẾT ĐỊNH
      Về việc khen thưởng các tập thể, cá nhân có thành tích xuất sắc
      """;

  private final FileTypes screened = new FileTypes();
  private final FileTypes tika = new FileTypes(TikaConfig.getDefaultConfig().getDetector());

  @TempDir
  Path folder;

  @Test
  void everyFileOfTheCorpusAndTheTestResourcesIsTypedAsTikaTypesIt() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : List.of(RealCorpus.root(), Path.of("src/test/resources"))) {
      try (Stream<Path> all = Files.walk(root)) {
        all.filter(Files::isRegularFile).sorted().forEach(files::add);
      }
    }
    assertTrue(files.size() > 100, files.size() + " files");
    for (Path file : files) {
      assertSameType(file, List.of(file.getFileName().toString(), "x.txt", "x"));
    }
  }

  @Test
  void everyCorpusTextAsAnUploadedFileIsTypedAsTikaTypesIt() throws IOException {
    List<RealCorpus.Text> texts = new ArrayList<>(RealCorpus.vbpl());
    texts.addAll(RealCorpus.congbao());
    Path file = folder.resolve("text");
    for (RealCorpus.Text text : texts) {
      Files.writeString(file, text.text(), StandardCharsets.UTF_8);
      assertSameType(file, List.of(text.id() + ".txt"));
      Files.writeString(file, text.text().substring(0, Math.min(200, text.text().length())), StandardCharsets.UTF_8);
      assertSameType(file, List.of(text.id() + ".txt"));
    }
  }

  @Test
  void filesOnTheEdgesOfTheMagicTableAreTypedAsTikaTypesThem() throws IOException {
    for (Map.Entry<String, byte[]> edge : edgeCases().entrySet()) {
      Path file = folder.resolve("edge");
      Files.write(file, edge.getValue());
      assertSameType(file, NAMES);
    }
  }

  @Test
  void aPlainTextIsTextAndAPdfAfterJunkIsAPdf() throws IOException {
    Path text = folder.resolve("a.txt");
    Files.writeString(text, DECISION, StandardCharsets.UTF_8);
    assertEquals("text/plain", screened.detect(text, "a.txt"));
    Path pdf = folder.resolve("a.pdf");
    Files.write(pdf, concat("rác ".getBytes(StandardCharsets.UTF_8), TestFiles.pdf(List.of(DECISION))));
    assertEquals("application/pdf", screened.detect(pdf, "a.pdf"));
  }

  private void assertSameType(Path file, List<String> names) throws IOException {
    assertEquals(tika.detect(file, new Metadata()), screened.detect(file, new Metadata()), file.toString());
    for (String name : names) {
      assertEquals(tika.detect(file, name), screened.detect(file, name), file + " named " + name);
    }
  }

  private static Map<String, byte[]> edgeCases() throws IOException {
    Map<String, byte[]> cases = new LinkedHashMap<>();
    byte[] utf8 = DECISION.getBytes(StandardCharsets.UTF_8);
    cases.put("empty", new byte[0]);
    cases.put("one letter", new byte[] {'a'});
    cases.put("one zero", new byte[] {0});
    cases.put("text", utf8);
    cases.put("BOM", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8));
    cases.put("UTF-16LE with BOM", ("\uFEFF" + DECISION).getBytes(StandardCharsets.UTF_16LE));
    cases.put("UTF-16BE with BOM", ("\uFEFF" + DECISION).getBytes(StandardCharsets.UTF_16BE));
    cases.put("UTF-16LE", DECISION.getBytes(StandardCharsets.UTF_16LE));
    cases.put("windows-1258", DECISION.getBytes(Charset.forName("windows-1258")));
    cases.put("text with a NUL", concat(utf8, new byte[] {0}, utf8));
    cases.put("HTML", bytes("<!DOCTYPE html>\n<html><head><title>QĐ</title></head><body><p>" + DECISION + "</p></body></html>"));
    cases.put("HTML after blanks", bytes("  \n\n<html><body>" + DECISION + "</body></html>"));
    cases.put("HTML tag inside a text", bytes(DECISION + "<html><body>Điều 1</body></html>"));
    cases.put("HTML tag after 9,800 characters", bytes(DECISION.repeat(80) + "<html>"));
    cases.put("XHTML", bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
        + "<body>" + DECISION + "</body></html>"));
    cases.put("XML", bytes("<?xml version=\"1.0\"?><vanban><so>1234</so></vanban>"));
    cases.put("RTF", bytes("{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Quy\\'ea\\'e9t \\u273?nh}"));
    cases.put("DOCX", TestFiles.docx(DECISION));
    cases.put("ODT", odt());
    cases.put("ZIP of a text", zip("quyet-dinh.txt", utf8));
    cases.put("PNG", image("png"));
    cases.put("JPEG", image("jpeg"));
    cases.put("TIFF", image("tiff"));
    byte[] pdf = TestFiles.pdf(List.of(DECISION));
    cases.put("PDF", pdf);
    cases.put("PDF after junk", concat(bytes("junk before the header\n"), pdf));
    cases.put("PDF after 2,000 bytes of junk", concat(bytes("x".repeat(2000)), pdf));
    cases.put("truncated PDF", TestFiles.truncatedPdf(DECISION));
    cases.put("e-mail", bytes("From: vanthu@thanhhoa.gov.vn\nTo: so@thanhhoa.gov.vn\nSubject: QĐ\n\n" + DECISION));
    cases.put("e-mail header", bytes("X-Mailer: vanthu\nMIME-Version: 1.0\n\n" + DECISION));
    cases.put("Graphviz", bytes("graph G { a -- b }\n"));
    cases.put("Graphviz after blanks", bytes("  \n strict digraph G { a -> b }\n"));
    cases.put("MARC", bytes("00714cam a2200205 a 4500" + DECISION));
    cases.put("five digits", bytes("12345 " + DECISION));
    cases.put("PostScript", bytes("%!PS-Adobe-3.0\n" + DECISION));
    cases.put("Illustrator", bytes("%!PS\r%AI5_FileFormat 3\r"));
    cases.put("bitmap", bytes("P1\n2 2\n0 1\n1 0\n"));
    cases.put("shell", bytes("#!/bin/sh\necho " + DECISION));
    cases.put("JSON", bytes("{\"so\": \"1234/QĐ-UBND\"}"));
    cases.put("CSV", bytes("so,ngay\n1234/QĐ-UBND,2024-05-01\n"));
    cases.put("robots", bytes("User-agent: *\nDisallow: /\n"));
    cases.put("GIF", bytes("GIF89a" + DECISION));
    cases.put("ZIP header alone", bytes("PK\u0003\u0004"));
    cases.put("bzip2 header", bytes("BZh91AY&SY"));
    cases.put("tar signature", concat(new byte[257], bytes("ustar\u000000"), new byte[250]));
    Random random = new Random(18);
    for (int length : new int[] {1, 2, 7, 64, 511, 512, 4096, 70_000}) {
      byte[] noise = new byte[length];
      random.nextBytes(noise);
      cases.put("noise " + length, noise);
      cases.put("ASCII noise " + length, asciiNoise(random, length));
    }
    return cases;
  }

  private static byte[] asciiNoise(Random random, int length) {
    byte[] text = new byte[length];
    for (int i = 0; i < length; i++) {
      text[i] = (byte) (' ' + random.nextInt(95));
    }
    return text;
  }

  private static byte[] odt() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      byte[] mimetype = bytes("application/vnd.oasis.opendocument.text");
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(mimetype.length);
      CRC32 crc = new CRC32();
      crc.update(mimetype);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(mimetype);
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write(bytes("<?xml version=\"1.0\"?><office:document-content xmlns:office="
          + "\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"><office:body/></office:document-content>"));
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  private static byte[] image(String format) throws IOException {
    BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
    image.setRGB(3, 3, 0xFF0000);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertTrue(ImageIO.write(image, format, out), format);
    return out.toByteArray();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    byte[] all = new byte[Arrays.stream(parts).mapToInt(p -> p.length).sum()];
    int at = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, all, at, part.length);
      at += part.length;
    }
    return all;
  }
}
