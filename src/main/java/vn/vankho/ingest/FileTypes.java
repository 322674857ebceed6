package vn.vankho.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;

/**
 * What kind of file an upload is, judged by its content (Tika's detectors, which open ZIP and OLE
 * containers), with the file name only as a hint. The archive takes the kinds listed here and
 * turns the rest away at the door.
 */
public final class FileTypes {
  private static final Map<String, String> SUPPORTED = Map.ofEntries(
      Map.entry("application/pdf", "PDF"),
      Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
      Map.entry("application/vnd.oasis.opendocument.text", "ODT"),
      Map.entry("application/msword", "DOC"),
      Map.entry("application/rtf", "RTF"),
      Map.entry("text/html", "HTML"),
      Map.entry("application/xhtml+xml", "HTML"),
      Map.entry("text/plain", "TXT"),
      Map.entry("image/tiff", "TIFF"),
      Map.entry("image/jpeg", "JPEG"),
      Map.entry("image/png", "PNG"));

  private final Detector detector = TikaConfig.getDefaultConfig().getDetector();

  /**
   * The media type of {@code file}, without parameters ("text/plain", not "text/plain; charset=UTF-8").
   * Bytes of no known kind stay unknown whatever their name: "x.pdf" full of noise is no PDF.
   */
  public String detect(Path file, String fileName) throws IOException {
    if (detect(file, new Metadata()).equals(MediaType.OCTET_STREAM)) {
      return MediaType.OCTET_STREAM.toString();
    }
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    return detect(file, metadata).getBaseType().toString();
  }

  private MediaType detect(Path file, Metadata metadata) throws IOException {
    try (InputStream in = TikaInputStream.get(file)) {
      return detector.detect(in, metadata).getBaseType();
    }
  }

  /** The short name of a supported kind ("PDF", "DOCX"), empty for a kind the archive does not read. */
  public static Optional<String> supportedKind(String mediaType) {
    return Optional.ofNullable(SUPPORTED.get(MediaType.parse(mediaType).getBaseType().toString()));
  }

  /** True for the kinds kept in a ZIP container (DOCX, ODT). */
  public static boolean isZipContainer(String mediaType) {
    return supportedKind(mediaType).filter(kind -> kind.equals("DOCX") || kind.equals("ODT")).isPresent();
  }

  /** True for the image kinds, whose only text is what OCR reads. */
  public static boolean isImage(String mediaType) {
    return mediaType.startsWith("image/");
  }
}
