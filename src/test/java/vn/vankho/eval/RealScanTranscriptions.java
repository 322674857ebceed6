package vn.vankho.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import vn.vankho.text.Diacritics;

/**
 * The whole-text transcriptions of the shared corpus's real scans ({@code src/test/resources/real-scans}, its
 * README gives the rules): what is printed on each page, in reading order. The corpus folder is read-only and
 * holds a transcription by its source's authors for two pages only, so the project keeps its own here.
 */
final class RealScanTranscriptions {
  /** What the transcriber could not read; left out of the truth, so neither reader is charged for it. */
  private static final String UNREADABLE = "[?]";

  private RealScanTranscriptions() {}

  /** The printed text of the scan {@code image} (named as in the corpus), NFC, if it has been transcribed. */
  static Optional<String> of(Path image) throws IOException {
    String name = image.getFileName().toString().replaceFirst("\\.(jpg|png)$", ".txt");
    try (InputStream in = RealScanTranscriptions.class.getResourceAsStream("/real-scans/" + name)) {
      if (in == null) return Optional.empty();
      return Optional.of(Diacritics.nfc(new String(in.readAllBytes(), StandardCharsets.UTF_8).replace(UNREADABLE, " ")));
    }
  }
}
