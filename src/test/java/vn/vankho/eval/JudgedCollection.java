package vn.vankho.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import vn.vankho.text.Diacritics;

/**
 * A judged collection read from a folder: {@code docs/*.txt} (one document each, named by its file) and
 * {@code queries.tsv} (kind, query, relevant documents most relevant first; '#' lines are comments).
 * The documents keep the order they were read in, so that every run indexes them in the same order and
 * equal scores fall the same way (Map.copyOf would shuffle them anew in each JVM).
 */
public record JudgedCollection(Map<String, String> documents, List<JudgedQuery> queries) {

  public JudgedCollection {
    documents = Collections.unmodifiableMap(new LinkedHashMap<>(documents));
    queries = List.copyOf(queries);
  }

  /** One judged query: its kind ("number", "ocr" ...), the query as typed, the relevant documents in order. */
  public record JudgedQuery(String kind, String query, List<String> relevant) {}

  public static JudgedCollection load(Path folder) {
    try {
      Map<String, String> documents = new LinkedHashMap<>();
      try (Stream<Path> files = Files.list(folder.resolve("docs"))) {
        for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
          documents.put(file.getFileName().toString(), Diacritics.nfc(Files.readString(file, StandardCharsets.UTF_8)));
        }
      }
      List<JudgedQuery> queries = new ArrayList<>();
      for (String line : Files.readAllLines(folder.resolve("queries.tsv"), StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length != 3) {
          throw new IllegalArgumentException("queries.tsv: expected kind, query, relevant documents in: " + line);
        }
        List<String> relevant = Arrays.stream(cells[2].split(",")).map(String::strip).toList();
        relevant.stream().filter(name -> !documents.containsKey(name)).findFirst().ifPresent(name -> {
          throw new IllegalArgumentException("queries.tsv names a document not in docs/: " + name);
        });
        queries.add(new JudgedQuery(cells[0], Diacritics.nfc(cells[1]), relevant));
      }
      return new JudgedCollection(documents, queries);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the judged collection in " + folder, e);
    }
  }
}
