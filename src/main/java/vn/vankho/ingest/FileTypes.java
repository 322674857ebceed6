package vn.vankho.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;

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

  /** Made once: reading the magic table for the screen takes a moment. */
  private static final Detector SCREENED =
      screened(TikaConfig.getDefaultConfig().getDetector(), TikaConfig.getDefaultConfig().getMimeRepository());

  private final MimeTypes byName = TikaConfig.getDefaultConfig().getMimeRepository();
  private final Detector detector;

  public FileTypes() {
    this(SCREENED);
  }

  /** Judged by {@code detector} instead: Tika's own, in the test that compares the two. */
  FileTypes(Detector detector) {
    this.detector = detector;
  }

  /**
   * Tika's detectors, in Tika's order and combined as Tika combines them, its magic table behind a screen that
   * tries only the entries that could match ({@link MagicScreen}); Tika's detector as it is if the screen cannot
   * be made.
   */
  private static Detector screened(Detector tika, MimeTypes repository) {
    Optional<MagicScreen> screen = MagicScreen.of(repository);
    if (screen.isEmpty() || !(tika instanceof CompositeDetector composite)) {
      return tika;
    }
    List<Detector> detectors = composite.getDetectors().stream()
        .map(d -> d instanceof MimeTypes types ? screen.get().before(types) : d)
        .toList();
    return new CompositeDetector(repository.getMediaTypeRegistry(), detectors);
  }

  /**
   * The media type of {@code file}, without parameters ("text/plain", not "text/plain; charset=UTF-8").
   * Bytes of no known kind stay unknown whatever their name: "x.pdf" full of noise is no PDF.
   */
  public String detect(Path file, String fileName) throws IOException {
    MediaType content = detect(file, new Metadata());
    if (content.equals(MediaType.OCTET_STREAM)) {
      return MediaType.OCTET_STREAM.toString();
    }
    // Tika takes a name's type only when it is the content's type or a kind of it: a name of no known type, or of
    // the type the content already has ("x.pdf", "x.txt": nearly every upload), changes nothing, and the file is
    // not read a second time for it
    MediaType named = byName.getMimeType(fileName).getType();
    if (named.equals(MediaType.OCTET_STREAM) || named.equals(content)) {
      return content.toString();
    }
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
    return detect(file, metadata).getBaseType().toString();
  }

  /** The type of the file's content alone, or with a name given in {@code metadata}. */
  MediaType detect(Path file, Metadata metadata) throws IOException {
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
