package vn.vankho.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.vankho.ingest.metadata.ExtractionEvaluation;
import vn.vankho.ingest.metadata.MetadataReader;

/**
 * The development misses of the real set, per field: what the labels say and what the reader read, for the
 * documents outside the fifth kept aside only. A held-out document is refused, never read: rules are written
 * from the development documents' shapes, and the fifth kept aside stays a measure of how they generalise.
 */
public final class RealSetMisses {
  private RealSetMisses() {}

  /**
   * Lines "id<TAB>field<TAB>labelled<TAB>read" for every field of {@code field} (all when null) that the reader
   * got wrong or missed on a development document of {@code folders}.
   */
  public static List<String> list(Path set, Path corpus, List<String> folders, String field) {
    Set<String> heldOut = RealSetEvaluation.heldOut(set);
    ObjectMapper json = new ObjectMapper();
    List<String> lines = new ArrayList<>();
    for (Path labels : RealSetEvaluation.labelFiles(set, folders)) {
      String id = RealSetEvaluation.id(set, labels);
      if (heldOut.contains(id)) {
        continue; // never read: the fifth kept aside
      }
      try {
        JsonNode expected = json.readTree(labels.toFile());
        var read = MetadataReader.read(RealSetEvaluation.pages(labels, expected, corpus));
        ExtractionEvaluation.misses(read, expected).stream()
            .filter(miss -> field == null || miss.startsWith(field + "\t"))
            .forEach(miss -> lines.add(id + "\t" + miss));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + labels, e);
      }
    }
    return lines;
  }
}
