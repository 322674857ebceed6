package vn.vankho.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import vn.vankho.eval.SharedCorpus;

/**
 * The real documents of the shared corpus (shared/corpus beside the repository, as on CI): texts that
 * nobody on the project wrote. A test that needs them fails, rather than passes, when they are missing.
 */
public final class RealCorpus {
  private RealCorpus() {}

  /** One document: its id in the corpus and its text. */
  public record Text(String id, String text) {}

  /** The State documents of the national legal database (vbpl), in the corpus's order. */
  public static List<Text> vbpl() {
    return read("vbpl/docs.jsonl.gz");
  }

  /** The documents of the Official Gazette as their PDF text layer reads (congbao). */
  public static List<Text> congbao() {
    return read("congbao/docs.jsonl.gz");
  }

  /** The folder of the corpus: shared/corpus in the nearest folder above the working directory. */
  public static Path root() {
    return SharedCorpus.folder();
  }

  private static List<Text> read(String file) {
    ObjectMapper json = new ObjectMapper();
    List<Text> texts = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(root().resolve(file))), StandardCharsets.UTF_8))) {
      for (String line; (line = in.readLine()) != null; ) {
        JsonNode record = json.readTree(line);
        texts.add(new Text(record.get("id").asText(), record.get("text").asText()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return texts;
  }
}
